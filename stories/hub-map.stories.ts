import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-hub-map.js';
import { dataset, t } from '../src/data/index.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, freeText, listArg, renderWidget, selectArg } from './embed.js';

const tag = 'pe-hub-map';

const meta: Meta = {
  title: 'Widgets/Hub map',
  component: tag,
  render: renderWidget(tag),
  argTypes: {
    layers: listArg(['hubs', 'incidence', 'coverage', 'partners', 'values']),
    region: selectArg((dataset.regions ?? []).map((r) => [r.code, t(r.name, 'en')] as const), '(none)'),
  },
};
export default meta;
type Story = StoryObj;

/**
 * The default layers (nothing checked in `layers` = `hubs incidence coverage`): prosecutor hubs, the
 * regions the sources name as most affected, Tacna's presumed coverage.
 */
export const Default: Story = {};

/**
 * Layer `hubs`: the four planned special-prosecutor hubs and the mining town La Rinconada. The title
 * says so, in the toolbar's language (the default title also names the most affected regions).
 */
export const Hubs: Story = {
  args: { layers: ['hubs'] },
  parameters: {
    localizedArgs: {
      es: { heading: 'Perú: sedes previstas de las fiscalías especializadas en trata de personas' },
      en: { heading: 'Peru: planned hubs of the special prosecutors for human trafficking' },
    },
  },
};

/** Layer `incidence`: the tourist and illegal-mining areas that InSight Crime names among the regions with most cases. */
export const Incidence: Story = { args: { layers: ['incidence'] } };

/** Layer `coverage`: which regions a hub covers (Tacna's coverage of Madre de Dios and Cusco is presumed). */
export const Coverage: Story = { args: { layers: ['hubs', 'coverage'] } };

/** Layer `partners`: the cooperation partners Chile and Ecuador. The title says so, in the toolbar's language. */
export const Partners: Story = {
  args: { layers: ['partners'] },
  parameters: {
    localizedArgs: {
      es: { heading: 'Perú: cooperación con Chile y Ecuador contra la trata de personas' },
      en: { heading: 'Peru: cooperation with Chile and Ecuador against human trafficking' },
    },
  },
};

/** Layer `values`: complaints by region (prosecutorial districts grouped by region), a choropleth. */
export const Values: Story = { args: { layers: ['values'] } };

/**
 * Your own title (`heading`). The title is Spanish text, so this story is always in Spanish: the
 * toolbar's *Language* does not apply here.
 */
export const CustomHeading: Story = { args: { layers: ['values'], heading: 'Denuncias por trata de personas por región, enero de 2007 a abril de 2014', lang: 'es' } };

/** Every layer at once. */
export const AllLayers: Story = { args: { layers: ['hubs', 'incidence', 'coverage', 'partners', 'values'] } };

/** `region`: a region selected at start (Loreto). */
export const SelectedRegion: Story = { args: { region: 'PE-LOR' } };

/** Your own regional values by URL (`src`): demo/ngo-data.json, fictional sample data. The snippet has a placeholder URL for your file. */
export const OwnDataFromSrc: Story = { args: { layers: ['values'], src: NGO_DATA_URL } };

/** Your own regional values as an object (the `data` property). */
export const OwnDataFromProperty: Story = { args: { layers: ['values'], data: ngoData } };

/** An unknown layer gives a localised message naming the attribute, and fires `pe-error`. */
export const UnknownLayer: Story = { tags: ['error-state'], args: { layers: 'rivers' }, argTypes: { layers: freeText } };

/**
 * Theming with `--pe-*` custom properties (see Theming): the five value classes, the driver colours,
 * font and corners, set in Controls and written as `style` in the snippet. These colours are chosen
 * for a light page, so this story is always light: the toolbar's *Theme* does not apply here.
 */
export const Themed: Story = {
  args: {
    layers: ['hubs', 'incidence', 'values'],
    '--pe-seq-1': '#f6e8f0',
    '--pe-seq-2': '#e2b9d0',
    '--pe-seq-3': '#c27aa3',
    '--pe-seq-4': '#8f3a6c',
    '--pe-seq-5': '#5a1240',
    '--pe-cat-1': '#1d6b3a',
    '--pe-cat-2': '#8a4b00',
    '--pe-color-accent': '#7a1f5c',
    '--pe-font-family': 'Georgia, serif',
    '--pe-radius': '0px',
    theme: 'light',
  },
};
