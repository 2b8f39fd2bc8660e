// Entry for npm users who want only <pe-hub-map>: defines it and exports its class.
import { PeHubMap } from '../components/hub-map/hub-map.js';

PeHubMap.define();
export { PeHubMap };
