import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-hub-map.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, renderWidget } from './embed.js';

const tag = 'pe-hub-map';

const meta: Meta = {
  title: 'Widgets/Hub map',
  component: tag,
  render: renderWidget(tag),
};
export default meta;
type Story = StoryObj;

/** The default layers: prosecutor hubs, the regions the sources name as most affected, Tacna's presumed coverage. */
export const Default: Story = {};

/** Layer `hubs`: the four planned special-prosecutor hubs and the mining town La Rinconada. */
export const Hubs: Story = { args: { layers: 'hubs' } };

/** Layer `incidence`: regions with most cases, by what drives trafficking there (tourism, illegal mining). */
export const Incidence: Story = { args: { layers: 'incidence' } };

/** Layer `coverage`: which regions a hub covers (Tacna's coverage of Madre de Dios and Cusco is presumed). */
export const Coverage: Story = { args: { layers: 'hubs coverage' } };

/** Layer `partners`: the cooperation partners Chile and Ecuador. */
export const Partners: Story = { args: { layers: 'partners' } };

/** Layer `values`: complaints by region (prosecutorial districts grouped by region), a choropleth. */
export const Values: Story = { args: { layers: 'values' } };

/** Your own title (`heading`), here in Spanish, so the widget is too. */
export const CustomHeading: Story = { args: { layers: 'values', heading: 'Denuncias por trata de personas por región, enero de 2007 a abril de 2014', lang: 'es' } };

/** Every layer at once. */
export const AllLayers: Story = { args: { layers: 'values hubs incidence coverage partners' } };

/** `region`: a region selected at start (Loreto). */
export const SelectedRegion: Story = { args: { region: 'PE-LOR' } };

/** Your own regional values by URL (`src`): demo/ngo-data.json, fictional sample data. */
export const OwnDataFromSrc: Story = { args: { layers: 'values', src: NGO_DATA_URL } };

/** Your own regional values as an object (the `data` property). */
export const OwnDataFromProperty: Story = { args: { layers: 'values', data: ngoData } };

/** An unknown layer gives a localised message naming the attribute, and fires `pe-error`. */
export const UnknownLayer: Story = { args: { layers: 'rivers' } };
