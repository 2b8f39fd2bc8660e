// Controls and docs come from the Custom Elements Manifest that `npm run build` writes
// (dist/custom-elements.json); the toolbar switches theme (light/dark/auto) and language (es/en).
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '../dist/custom-elements.json';
import { isDarkColour } from '../src/core/env.js';
import { manifestControls, publicApi, storySnippet } from '../stories/embed.js';
import './preview.css';

setCustomElementsManifest(publicApi(manifest));

/** The page colours the toolbar's *Backgrounds* offers (the grid button draws over any of them). */
const BACKGROUNDS = {
  white: { name: 'White page', value: '#ffffff' },
  paper: { name: 'Light grey page', value: '#f2f2f2' },
  slate: { name: 'Dark grey page', value: '#333333' },
  night: { name: 'Black page', value: '#000000' },
};

/** Whether a colour (#rgb, #rrggbb) is dark, as the widgets judge a page's background (src/core/env.ts). */
function isDark(colour: string): boolean {
  const hex = colour.trim().replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i, '#$1$1$2$2$3$3');
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return !!m && isDarkColour(m.slice(1).map((h) => parseInt(h, 16)));
}

/**
 * Wraps every story in the page language and background. The page is the toolbar theme's (white for
 * light, dark for dark, the reader's setting for auto) unless *Backgrounds* picks a page colour: then
 * the story's page is that colour (with text that reads on it), so `theme="auto"` can be tried on any
 * page, and the widget follows it. *Grid* draws its lines over the page.
 */
const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = (context.args.theme as string) || (context.globals.theme as string) || 'auto';
  const lang = (context.args.lang as string) || (context.globals.lang as string) || 'es';
  const mode = context.viewMode === 'docs' ? 'docs' : 'story';
  const chosen = context.globals.backgrounds as { value?: string; grid?: boolean } | undefined;
  const options = (context.parameters.backgrounds?.options ?? BACKGROUNDS) as Record<string, { value: string } | undefined>;
  const page = context.parameters.backgrounds?.disable ? undefined : chosen?.value ? options[chosen.value]?.value : undefined;
  return html`<div
    class="pe-story"
    data-story-theme=${theme}
    data-view=${mode}
    data-story-page=${page ? (isDark(page) ? 'dark' : 'light') : nothing}
    ?data-story-grid=${Boolean(chosen?.grid)}
    style=${page ? `--pe-story-page: ${page}` : nothing}
    lang=${lang}
  >${story()}</div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLanguage],
  argTypesEnhancers: [manifestControls],
  // Language and theme come from the toolbar (a story that needs one sets the arg, and says so).
  argTypes: {
    lang: { control: false },
    theme: { control: false },
  },
  globalTypes: {
    theme: {
      description: 'Widget theme (the theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: "Auto (reader's setting)", icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    script: {
      description: 'Which file the copied embed code loads',
      toolbar: {
        title: 'Script',
        icon: 'document',
        items: [
          { value: 'bundle', title: 'pe-widgets.js (all four widgets)' },
          { value: 'own', title: "This widget's own file (one kind of widget on the page)" },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Widget language (the lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', lang: 'es', script: 'bundle' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    backgrounds: { options: BACKGROUNDS },
    docs: {
      // `dynamic`: the snippet is written again on every render (Controls, toolbar), by storySnippet
      // from the story's args and globals; the Code panel shows the same snippet beside the canvas.
      source: { type: 'dynamic', language: 'html', transform: storySnippet },
      codePanel: true,
      toc: true,
    },
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Widgets', ['Stat card', 'Victim breakdown', 'Timeline', 'Hub map']] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
