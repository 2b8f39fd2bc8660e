import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/entries/pe-victim-breakdown.js';
import { dataset, t } from '../src/data/index.js';
import ngoData from '../demo/ngo-data.json';
import { NGO_DATA_URL, freeText, renderWidget, selectArg } from './embed.js';

const tag = 'pe-victim-breakdown';
const breakdowns = dataset.breakdowns ?? [];
/** `breakdown` for stories on the sample NGO data (demo/ngo-data.json), which has its own breakdown ids. */
const ngoBreakdown = selectArg(ngoData.breakdowns.map((b) => [b.id, t(b.title, 'en')] as const), "(default: the dimension's first)");

const meta: Meta = {
  title: 'Widgets/Victim breakdown',
  component: tag,
  render: renderWidget(tag),
  args: { dimension: 'sex' },
  argTypes: {
    // The dimensions of the embedded data (the sample NGO data has sex and age too).
    dimension: selectArg([...new Set(breakdowns.map((b) => b.dimension))].map((d) => [d, ''] as const), "(default: the dataset's first)"),
    breakdown: selectArg(breakdowns.map((b) => [b.id, `${t(b.title, 'en')}, ${t(b.base, 'en')}`] as const), "(default: the dimension's first)"),
  },
};
export default meta;
type Story = StoryObj;

/** By sex, as bars: the articles' 85% female, with the Public Ministry's differing 79.6% / 16.1% / 4.3% linked under it. */
export const Sex: Story = {};

/** By sex as a 10×10 waffle ("85 of every 100"); what the categories leave out is "not specified". */
export const SexWaffle: Story = { args: { variant: 'waffle' } };

/** Start on the Public Ministry's breakdown (`breakdown="sex-mp"`) instead of the dimension's first. */
export const SexPublicMinistry: Story = { args: { breakdown: 'sex-mp' } };

/** By age, as bars. */
export const Age: Story = { args: { dimension: 'age' } };

/** By age, as a waffle. */
export const AgeWaffle: Story = { args: { dimension: 'age', variant: 'waffle' } };

/** By age, starting on the Public Ministry's breakdown (`breakdown="age-mp"`), which differs from the articles'. */
export const AgePublicMinistry: Story = { args: { dimension: 'age', breakdown: 'age-mp' } };

/** How victims were recruited: "slightly more than half" stays words, drawn as a lower bound. */
export const Recruitment: Story = { args: { dimension: 'recruitment' } };

/** Recruitment as a waffle. */
export const RecruitmentWaffle: Story = { args: { dimension: 'recruitment', variant: 'waffle' } };

/** Forms of exploitation: the sources name them without figures, so they are a list with no numbers. */
export const Exploitation: Story = { args: { dimension: 'exploitation' } };

/** Forms of exploitation with El Comercio's shares (`breakdown="exploitation-elcomercio"`). */
export const ExploitationShares: Story = { args: { dimension: 'exploitation', breakdown: 'exploitation-elcomercio' } };

/** Forms of exploitation with El Comercio's shares, as a waffle. */
export const ExploitationSharesWaffle: Story = { args: { dimension: 'exploitation', breakdown: 'exploitation-elcomercio', variant: 'waffle' } };

/**
 * `heading`: your own title instead of the breakdown's. The title is Spanish text, so this story is
 * always in Spanish: the toolbar's *Language* does not apply here.
 */
export const Heading: Story = { args: { heading: 'Víctimas de trata de personas por sexo, 2007–2013', lang: 'es' } };

/** Your own counts by URL (`src`): demo/ngo-data.json, fictional sample data. The snippet has a placeholder URL for your file. */
export const OwnDataFromSrc: Story = { args: { src: NGO_DATA_URL }, argTypes: { breakdown: ngoBreakdown } };

/** Your own counts as an object (the `data` property): the same fictional sample data, by age, as a waffle. */
export const OwnDataFromProperty: Story = { args: { dimension: 'age', variant: 'waffle', data: ngoData }, argTypes: { breakdown: ngoBreakdown } };

/** An unknown dimension gives a localised message naming the attribute, and fires `pe-error`. */
export const UnknownDimension: Story = { tags: ['error-state'], args: { dimension: 'height' }, argTypes: { dimension: freeText } };

/**
 * Theming with `--pe-*` custom properties (see Theming): set in Controls, written as `style` in the
 * snippet. These colours are chosen for a light page, so this story is always light: the toolbar's
 * *Theme* does not apply here.
 */
export const Themed: Story = {
  args: { '--pe-cat-1': '#7a1f5c', '--pe-font-family': 'Georgia, serif', '--pe-radius': '0px', theme: 'light' },
};
