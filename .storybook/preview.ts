import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setLocale } from '@niet-alleen/core';
import manifest from './custom-elements.json';
import '../stories/themes/themes.css';

// One manifest for every package (scripts/analyze.js merges them) feeds the docs tables.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introductie', 'Foundations', 'Primitives', 'Instrumenten', 'Thema', 'Docs'] } },
  },
  globalTypes: {
    locale: {
      description: 'Taal van de instrumenten',
      toolbar: { title: 'Taal', icon: 'globe', items: [{ value: 'nl', title: 'Nederlands' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Thema (class op <body>)',
      toolbar: { title: 'Thema', icon: 'paintbrush', items: [{ value: '', title: 'Standaard' }, { value: 'gemeente-rivierstad', title: 'Gemeente Rivierstad' }, { value: 'gemeente-duinwijk-donker', title: 'Gemeente Duinwijk (donker)' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl', theme: '' },
  decorators: [
    (story, context) => {
      const locale = (context.parameters.locale as string | undefined) ?? (context.globals.locale as string);
      document.documentElement.lang = locale;
      void setLocale(locale);
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string);
      document.body.className = theme ?? '';
      return story();
    },
  ],
};
export default preview;
