// Entry for npm users who want only <pe-victim-breakdown>: defines it and exports its class.
import { PeVictimBreakdown } from '../components/victim-breakdown/victim-breakdown.js';

PeVictimBreakdown.define();
export { PeVictimBreakdown };
