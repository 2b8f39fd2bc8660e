/**
 * pe-widgets: the bundle entry. Loading it defines all four tags (skipping any already defined)
 * and exports the public API: the element classes, the data module and the event types.
 */
import { PeHubMap } from './components/hub-map/hub-map.js';
import { PeStatCard } from './components/stat-card/stat-card.js';
import { PeTimeline } from './components/timeline/timeline.js';
import { PeVictimBreakdown } from './components/victim-breakdown/victim-breakdown.js';

export const elements = [PeHubMap, PeStatCard, PeTimeline, PeVictimBreakdown] as const;
for (const element of elements) element.define();

export { PeHubMap, PeStatCard, PeTimeline, PeVictimBreakdown };
export { PeElement } from './core/base.js';
export type { PeDataLoadDetail, PeErrorDetail, PeSelectDetail, DataOrigin, ErrorKind } from './core/events.js';
export * from './data/index.js';
export { VERSION } from './version.js';
