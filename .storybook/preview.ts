// Controls and docs come from the Custom Elements Manifest that `npm run build` writes
// (dist/custom-elements.json); the toolbar switches theme (light/dark/auto) and language (es/en).
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';
import { manifestControls, publicApi, storySnippet } from '../stories/embed.js';
import './preview.css';

setCustomElementsManifest(publicApi(manifest));

/** Wraps every story in the page language and background of the toolbar's theme and language. */
const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = (context.args.theme as string) || (context.globals.theme as string) || 'auto';
  const lang = (context.args.lang as string) || (context.globals.lang as string) || 'es';
  const mode = context.viewMode === 'docs' ? 'docs' : 'story';
  return html`<div class="pe-story" data-story-theme=${theme} data-view=${mode} lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLanguage],
  argTypesEnhancers: [manifestControls],
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
  initialGlobals: { theme: 'auto', lang: 'es' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    docs: {
      source: { type: 'code', language: 'html', transform: storySnippet },
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
