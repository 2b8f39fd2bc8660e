import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-timeline.js';
import { EVENT_CATEGORIES, dataset, t } from '../src/data/index.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, freeText, listArg, renderWidget, selectArg } from './embed.js';

const tag = 'pe-timeline';

/** The own-data stories' title, in the story's language (as demo/ngo.html has it). */
const ngoHeading = { es: { heading: 'Nuestro 2023 (ejemplo ficticio)' }, en: { heading: 'Our 2023 (fictional example)' } };
/** `highlight` for the own-data stories: the sample NGO data's event ids. */
const ngoHighlight = selectArg(ngoData.events.map((e) => [e.id, t(e.title, 'en')] as const), '(none)');

const meta: Meta = {
  title: 'Widgets/Timeline',
  component: tag,
  render: renderWidget(tag),
  argTypes: {
    category: listArg(EVENT_CATEGORIES),
    highlight: selectArg((dataset.events ?? []).map((e) => [e.id, t(e.title, 'en')] as const), '(none)'),
  },
};
export default meta;
type Story = StoryObj;

/** Every event of the embedded data, from Ley 28950 (2007) on, each date kept at its precision. */
export const Vertical: Story = {};

/** `orientation="horizontal"` (vertical again below 560px wide). */
export const Horizontal: Story = { args: { orientation: 'horizontal' } };

/** `category`: only some kinds of event (here figures and reports). */
export const Categories: Story = { args: { category: ['figures', 'report'] } };

/** `from` / `to`: a window of dates; events overlapping it are kept. */
export const DateWindow: Story = { args: { from: '2014', to: '2014' } };

/** `highlight`: one event marked. */
export const Highlight: Story = { args: { highlight: 'special-prosecutors' } };

/**
 * `heading`: your own title instead of the default one. The title is Spanish text, so this story is
 * always in Spanish: the toolbar's *Language* does not apply here.
 */
export const Heading: Story = { args: { heading: 'Trata de personas en el Perú: leyes, cifras e informes, 2007–2014', lang: 'es' } };

/**
 * Your own events by URL (`src`): demo/ngo-data.json, fictional sample data. The snippet has a
 * placeholder URL for your file. The title follows the toolbar's language; type your own in Controls.
 */
export const OwnDataFromSrc: Story = { args: { src: NGO_DATA_URL }, argTypes: { highlight: ngoHighlight }, parameters: { localizedArgs: ngoHeading } };

/** Your own events as an object (the `data` property), horizontal. The title follows the toolbar's language. */
export const OwnDataFromProperty: Story = {
  args: { data: ngoData, orientation: 'horizontal' },
  argTypes: { highlight: ngoHighlight },
  parameters: { localizedArgs: ngoHeading },
};

/** A bad attribute gives a localised message naming it, and fires `pe-error`. */
export const BadAttribute: Story = { tags: ['error-state'], args: { category: 'sports' }, argTypes: { category: freeText } };

/**
 * Theming with `--pe-*` custom properties (see Theming): the five category colours, font and corners,
 * set in Controls and written as `style` in the snippet. These colours are chosen for a light page, so
 * this story is always light: the toolbar's *Theme* does not apply here.
 */
export const Themed: Story = {
  args: {
    '--pe-cat-1': '#7a1f5c',
    '--pe-cat-2': '#8a4b00',
    '--pe-cat-3': '#1d6b3a',
    '--pe-cat-4': '#3b4a9c',
    '--pe-cat-5': '#5e5e5e',
    '--pe-font-family': 'Georgia, serif',
    '--pe-radius': '0px',
    theme: 'light',
  },
};
