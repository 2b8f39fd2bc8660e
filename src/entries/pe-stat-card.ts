// Entry for npm users who want only <pe-stat-card>: defines it and exports its class.
import { PeStatCard } from '../components/stat-card/stat-card.js';

PeStatCard.define();
export { PeStatCard };
