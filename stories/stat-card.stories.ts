import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-stat-card.js';
import { dataset, t } from '../src/data/index.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, freeText, inSentence, renderWidget, selectArg, widgetSnippet } from './embed.js';

const tag = 'pe-stat-card';

/** The figures of a dataset as [id, label] pairs for a select control. */
const figureIds = (figures: readonly { id: string; label: Parameters<typeof t>[0] }[]) => figures.map((f) => [f.id, t(f.label, 'en')] as const);
/** `stat` for stories on the sample NGO data (demo/ngo-data.json), whose ids the embedded data does not have. */
const ngoStat = selectArg(figureIds(ngoData.figures), '(none)');

const meta: Meta = {
  title: 'Widgets/Stat card',
  component: tag,
  render: renderWidget(tag),
  args: { stat: 'convictions-2013' },
  argTypes: {
    stat: selectArg(figureIds(dataset.figures ?? []), '(none: a figure of your own, from value, label, source…)'),
  },
};
export default meta;
type Story = StoryObj;

/** One figure from the embedded data, with its period, place and source. */
export const Default: Story = {};

/** `variant="compact"`: smaller, without the context sentence. */
export const Compact: Story = { args: { variant: 'compact', stat: 'cases-filed-2007-2013' } };

/** `variant="inline"`: inside a sentence, in the text's own font and colour, with a short linked citation. */
export const Inline: Story = {
  args: { variant: 'inline', stat: 'special-prosecutors' },
  render: renderWidget(tag, { wrap: inSentence }),
};

/** Where the dataset links a differing figure from another source, the card shows both (85% vs 79.6%). */
export const DifferingSources: Story = { args: { stat: 'victims-female-share' } };

/** The compact variant of a figure with a differing source: the other source's figure stays on the card. */
export const CompactDifferingSources: Story = { args: { variant: 'compact', stat: 'victims-female-share' } };

/** The inline variant of a figure with a differing source, inside a sentence. */
export const InlineDifferingSources: Story = {
  args: { variant: 'inline', stat: 'victims-female-share' },
  render: renderWidget(tag, { wrap: inSentence }),
};

/** A range keeps both ends: the legal penalty, 8–25 years. */
export const Range: Story = { args: { stat: 'sentence-years' } };

/** A verbal qualifier replaces the number: "slightly more than half", never a percentage. */
export const VerbalQualifier: Story = { args: { stat: 'false-job-offers-share' } };

/** An estimate says who estimated it ("police estimate") next to its qualifier ("more than"). */
export const Estimate: Story = { args: { stat: 'la-rinconada-girls' } };

/** `animate`: counts up the first time the card is seen (not under reduced motion; screen readers get the final figure). */
export const CountUp: Story = { args: { stat: 'complaints-2007-2014', animate: true } };

/**
 * `heading`: a title above the card. The title is Spanish text, so this story is always in Spanish:
 * the toolbar's *Language* does not apply here.
 */
export const Heading: Story = { args: { stat: 'convictions-2013', heading: 'Condenas por trata de personas en el Perú', lang: 'es' } };

/**
 * A figure of your own from attributes. The numbers here are a fictional example, labelled as such.
 * The figure's words are Spanish, so this story is always in Spanish: the toolbar's *Language* does
 * not apply here.
 */
export const CustomFigure: Story = {
  args: {
    stat: '',
    value: '312',
    label: 'personas atendidas (ejemplo ficticio)',
    period: '2023',
    place: 'Cusco',
    source: 'ONG de Ejemplo (datos de muestra)',
    'source-url': 'https://example.org/sample-report-2023',
    lang: 'es',
  },
};

/** Your own dataset by URL (`src`): demo/ngo-data.json, fictional sample data. The snippet has a placeholder URL for your file. */
export const OwnDataFromSrc: Story = { args: { stat: 'assisted-2023', src: NGO_DATA_URL }, argTypes: { stat: ngoStat } };

/** Your own dataset as an object (the `data` property): the same fictional sample data. */
export const OwnDataFromProperty: Story = { args: { stat: 'helpline-calls-2023', data: ngoData }, argTypes: { stat: ngoStat } };

/** A wrong id gives a localised message naming the attribute and listing the valid ids, and fires `pe-error`. */
export const UnknownStat: Story = { tags: ['error-state'], args: { stat: 'no-such-figure' }, argTypes: { stat: freeText } };

/**
 * A `src` that does not give JSON (here Storybook's own HTML page; a 404, a network error or a time-out
 * look the same): a localised message with a Retry button, and `pe-error`. `timeout` (ms) bounds the wait.
 */
export const FailedLoad: Story = { tags: ['error-state'], args: { stat: 'assisted-2023', src: 'iframe.html', timeout: 5000 }, argTypes: { stat: ngoStat } };

/** Every figure of the embedded dataset, in a grid (each card is one `<pe-stat-card stat="…">`). */
export const AllFigures: Story = {
  render: (args, context) => {
    const grid = document.createElement('div');
    grid.className = 'pe-story-grid';
    for (const f of dataset.figures ?? []) grid.append(renderWidget(tag)({ ...args, stat: f.id }, context));
    return grid;
  },
  parameters: {
    docs: {
      source: {
        transform: (_code: string, context: Parameters<typeof widgetSnippet>[2] & { args: Record<string, unknown> }) =>
          (dataset.figures ?? []).map((f, i) => widgetSnippet(tag, { ...context.args, stat: f.id }, context, { script: i === 0 })).join('\n'),
      },
    },
  },
};

/**
 * Theming with `--pe-*` custom properties (see Theming): set in Controls, written as `style` in the
 * snippet. These colours are chosen for a light page, so this story is always light: the toolbar's
 * *Theme* does not apply here.
 */
export const Themed: Story = {
  args: {
    stat: 'convictions-2013',
    '--pe-font-family': 'Georgia, serif',
    '--pe-color-accent': '#7a1f5c',
    '--pe-radius': '0px',
    theme: 'light',
  },
};
