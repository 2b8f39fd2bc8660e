// Entry for npm users who want only <pe-timeline>: defines it and exports its class.
import { PeTimeline } from '../components/timeline/timeline.js';

PeTimeline.define();
export { PeTimeline };
