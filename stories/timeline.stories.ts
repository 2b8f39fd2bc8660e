import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-timeline.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, renderWidget } from './embed.js';

const tag = 'pe-timeline';

const meta: Meta = {
  title: 'Widgets/Timeline',
  component: tag,
  render: renderWidget(tag),
};
export default meta;
type Story = StoryObj;

/** Every event of the embedded data, from Ley 28950 (2007) on, each date kept at its precision. */
export const Vertical: Story = {};

/** `orientation="horizontal"` (vertical again below 560px wide). */
export const Horizontal: Story = { args: { orientation: 'horizontal' } };

/** `category`: only some kinds of event (here figures and reports). */
export const Categories: Story = { args: { category: 'figures report' } };

/** `from` / `to`: a window of dates; events overlapping it are kept. */
export const DateWindow: Story = { args: { from: '2014', to: '2014' } };

/** `highlight`: one event marked. */
export const Highlight: Story = { args: { highlight: 'special-prosecutors' } };

/** Your own events by URL (`src`): demo/ngo-data.json, fictional sample data. */
export const OwnDataFromSrc: Story = { args: { src: NGO_DATA_URL } };

/** Your own events as an object (the `data` property), horizontal. */
export const OwnDataFromProperty: Story = { args: { data: ngoData, orientation: 'horizontal' } };

/** A bad attribute gives a localised message naming it, and fires `pe-error`. */
export const BadAttribute: Story = { args: { category: 'sports' } };
