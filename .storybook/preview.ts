import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  DialogueCountdown,
  DialogueEvent,
  DialoguePanelist,
  DialoguePanelists,
  DialoguePartner,
  DialogueRegister,
  DialogueSeries,
  FixedClock,
  setClock,
} from '../src/classes.js';
import { defineElement } from '../src/internal/define.js';
import { fixedNow, language, STORY_DEFAULT, TOOLBAR_MENUS } from '../stories/support/globals.js';
import { argTypesFor, storybookManifest } from '../stories/support/manifest.js';
import { controlsFromManifest } from './controls.js';

// The elements straight from the source. Registered here rather than by importing
// src/index.ts for its side effects: package.json's `sideEffects` names only dist/,
// so the production bundler would drop a bare `import '../src/index.js'`.
defineElement('dialogue-event', DialogueEvent);
defineElement('dialogue-countdown', DialogueCountdown);
defineElement('dialogue-panelists', DialoguePanelists);
defineElement('dialogue-panelist', DialoguePanelist);
defineElement('dialogue-partner', DialoguePartner);
defineElement('dialogue-register', DialogueRegister);
defineElement('dialogue-series', DialogueSeries);

// Storybook still reads each element's description from the manifest; the tables and
// controls come from argTypesFor, which keeps attributes, slots and parts apart.
setCustomElementsManifest(storybookManifest());

/**
 * Fixes the library's clock before the story renders: the toolbar's "Now", else the
 * story default. "System clock" gives the real time back.
 */
const withClock: Decorator = (story, context) => {
  const now = fixedNow(context);
  setClock(now === null ? null : new FixedClock(now));
  return story();
};

/** Wraps the story in the chosen language (and writing direction). */
const withLanguage: Decorator = (story, context) => {
  const lang = language(context);
  const dir = lang.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
  return html`<div class="story-page" lang=${lang} dir=${dir}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLanguage, withClock],
  argTypesEnhancers: [controlsFromManifest],
  initialGlobals: Object.fromEntries(TOOLBAR_MENUS.map((menu) => [menu.key, STORY_DEFAULT])),
  // Each menu names what it sets beside the choice ("Now: 30 minutes in (live)"), in the
  // toolbar and in its list: the icons alone did not say which menu was the clock.
  globalTypes: Object.fromEntries(
    TOOLBAR_MENUS.map((menu) => [
      menu.key,
      {
        description: menu.description,
        toolbar: {
          title: menu.label,
          icon: menu.icon,
          items: menu.options.map(({ value, title }) => ({ value, title: `${menu.label}: ${title}` })),
          dynamicTitle: true,
        },
      },
    ]),
  ),
  parameters: {
    layout: 'padded',
    // 'none' keeps argTypesFor's order, READING_ORDER in stories/support/manifest.ts.
    controls: { expanded: true, sort: 'none' },
    docs: {
      source: { language: 'html' },
      extractArgTypes: (component: unknown) => (typeof component === 'string' ? argTypesFor(component) : null),
    },
    options: {
      storySort: {
        order: [
          'Start here',
          ['Reference event'],
          'Elements',
          [
            'dialogue-event',
            'dialogue-countdown',
            'dialogue-panelists',
            'dialogue-register',
            'dialogue-panelist',
            'dialogue-partner',
          ],
          'Guides',
          ['Embedding', 'Languages', 'Look and feel', 'Pages'],
        ],
      },
    },
  },
};

export default preview;
