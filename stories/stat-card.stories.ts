import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-stat-card.js';
import { dataset } from '../src/data/dataset.js';
import { embedSnippet } from '../demo/snippet.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, inSentence, renderWidget, widgetAttributes } from './embed.js';

const tag = 'pe-stat-card';

const meta: Meta = {
  title: 'Widgets/Stat card',
  component: tag,
  render: renderWidget(tag),
  args: { stat: 'convictions-2013' },
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

/** A range keeps both ends: the legal penalty, 8–25 years. */
export const Range: Story = { args: { stat: 'sentence-years' } };

/** A verbal qualifier replaces the number: "slightly more than half", never a percentage. */
export const VerbalQualifier: Story = { args: { stat: 'false-job-offers-share' } };

/** An estimate says who estimated it ("police estimate") next to its qualifier ("more than"). */
export const Estimate: Story = { args: { stat: 'la-rinconada-girls' } };

/** `animate`: counts up the first time the card is seen (not under reduced motion; screen readers get the final figure). */
export const CountUp: Story = { args: { stat: 'complaints-2007-2014', animate: true } };

/** A figure of your own from attributes. The numbers here are a fictional example, labelled as such. */
export const CustomFigure: Story = {
  args: {
    stat: '',
    value: '312',
    label: 'personas atendidas (ejemplo ficticio)',
    period: '2023',
    place: 'Cusco',
    source: 'ONG de Ejemplo (datos de muestra)',
    'source-url': 'https://example.org/sample-report-2023',
    // The figure's words are Spanish, so the card is too, whatever the toolbar says.
    lang: 'es',
  },
};

/** Your own dataset by URL (`src`): demo/ngo-data.json, fictional sample data. */
export const OwnDataFromSrc: Story = { args: { stat: 'assisted-2023', src: NGO_DATA_URL } };

/** Your own dataset as an object (the `data` property): the same fictional sample data. */
export const OwnDataFromProperty: Story = { args: { stat: 'helpline-calls-2023', data: ngoData } };

/** A wrong id gives a localised message naming the attribute and listing the valid ids, and fires `pe-error`. */
export const UnknownStat: Story = { args: { stat: 'no-such-figure' } };

/**
 * A `src` that does not give JSON (here Storybook's own HTML page; a 404, a network error or a time-out
 * look the same): a localised message with a Retry button, and `pe-error`. `timeout` (ms) bounds the wait.
 */
export const FailedLoad: Story = { args: { stat: 'assisted-2023', src: 'iframe.html', timeout: 5000 } };

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
        transform: (_code: string, context: { args: Record<string, unknown>; globals: Record<string, unknown> }) =>
          [
            embedSnippet({ tag, attributes: widgetAttributes(tag, { ...context.args, stat: dataset.figures?.[0]?.id }, context.globals), script: true }),
            ...(dataset.figures ?? [])
              .slice(1)
              .map((f) => embedSnippet({ tag, attributes: widgetAttributes(tag, { ...context.args, stat: f.id }, context.globals), script: false })),
          ].join('\n'),
      },
    },
  },
};

/** Theming with `--pe-*` custom properties (see Theming): set in Controls, written as `style` in the snippet. */
export const Themed: Story = {
  args: {
    stat: 'convictions-2013',
    '--pe-font-family': 'Georgia, serif',
    '--pe-color-accent': '#7a1f5c',
    '--pe-radius': '0px',
    theme: 'light', // these colours are chosen for a light page
  },
};
