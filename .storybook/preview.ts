import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  DialogueCountdown,
  DialogueEvent,
  DialoguePanelist,
  DialoguePanelists,
  DialoguePartner,
  DialogueRegister,
  FixedClock,
  setClock,
} from '../src/classes.js';
import { defineElement } from '../src/internal/define.js';
import { fixedNow, language, LANGUAGES, NOW_OPTIONS, STORY_DEFAULT, VIEWER_ZONES } from '../stories/support/globals.js';
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
  initialGlobals: { viewerZone: STORY_DEFAULT, lang: STORY_DEFAULT, now: STORY_DEFAULT },
  globalTypes: {
    viewerZone: {
      description: "The viewer's time zone (sets viewer-time-zone on every event and countdown)",
      toolbar: { title: 'Viewer zone', icon: 'globe', items: VIEWER_ZONES.map(({ value, title }) => ({ value, title })), dynamicTitle: true },
    },
    lang: {
      description: 'The language of the page around the elements',
      toolbar: { title: 'Language', icon: 'transfer', items: [...LANGUAGES], dynamicTitle: true },
    },
    now: {
      description: 'The library clock: a fixed "now", or the real one',
      toolbar: { title: 'Now', icon: 'time', items: NOW_OPTIONS.map(({ value, title }) => ({ value, title })), dynamicTitle: true },
    },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
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
          ['dialogue-event', 'dialogue-countdown', 'dialogue-panelists', 'dialogue-register', 'dialogue-panelist', 'dialogue-partner'],
          'Guides',
          ['Embedding', 'Languages', 'Look and feel', 'Pages'],
        ],
      },
    },
  },
};

export default preview;
