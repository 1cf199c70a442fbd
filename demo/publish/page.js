// The demo's "Publish an event for your partners" page: the publisher with the bundle, a draft
// kept in this browser (localStorage), and the reference event as an example to start from.
import { buildEvent, clock, FixedClock, setClock, toJsonLd, VERSION } from '/dist/dialogue-widgets.js';
import { mountPublisher } from './publisher.js';
import { REFERENCE_FORM } from './reference-form.js';

const DRAFT_KEY = 'dialogue-widgets:publish-draft';

function readDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    return draft && typeof draft === 'object' ? draft : undefined;
  } catch {
    // Storage turned off, or a draft from another version: start blank.
    return undefined;
  }
}

function saveDraft(values) {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Storage turned off or full: the form still works, it is just not kept.
  }
}

const container = document.getElementById('publisher');
const publisher = mountPublisher(
  container,
  { buildEvent, toJsonLd, clock, setClock, FixedClock, VERSION },
  { values: readDraft(), onChange: saveDraft },
);

document.getElementById('example').addEventListener('click', () => {
  const typed = publisher.values();
  if ((typed.name || typed.start) && !confirm('Replace what you typed with the example?')) return;
  publisher.setValues(REFERENCE_FORM);
  publisher.form.querySelector('input').focus();
});
document.getElementById('clear').addEventListener('click', () => {
  if (!confirm('Empty the form? What you typed will be lost.')) return;
  localStorage.removeItem(DRAFT_KEY);
  location.reload();
});
