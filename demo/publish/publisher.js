/**
 * "Hosts without WordPress": a form that builds the event's schema.org JSON-LD file and the
 * partners' snippets, with the live card beside it. Plain DOM, so that the demo page runs it
 * with the bundle and Storybook with the sources: `library` is whichever copy the page uses
 * (its clock is the one the card reads). The rules live in event-form.js; this file only
 * reads the form, shows what they say and keeps the card in step. Types: publisher.d.ts.
 */
import {
  browserZone,
  scriptBesideFile,
  checkForm,
  emptyPanelist,
  emptyPartner,
  emptyValues,
  jsonLdDocument,
  jsonLdText,
  partnerSnippets,
  previewInstant,
  valuesFromEvent,
  zoneChoices,
  zoneLabel,
} from './event-form.js';
import { formMarkup, outputMarkup, panelistMarkup, partnerMarkup, previewMarkup } from './publisher-markup.js';

let mounted = 0;

const LISTS = {
  panelists: { markup: panelistMarkup, noun: 'Panelist', empty: emptyPanelist },
  partners: { markup: partnerMarkup, noun: 'Partner', empty: emptyPartner },
};

/** Builds the publisher inside `container` and returns a handle to read and fill it. */
export function mountPublisher(container, library, options = {}) {
  const id = `publish-${++mounted}`;
  let itemCount = 0;
  container.classList.add('publisher');
  container.innerHTML = `
    <form class="publisher-form" novalidate aria-label="The event">${formMarkup(id)}</form>
    <section class="publisher-preview" aria-labelledby="${id}-card-heading">${previewMarkup(id)}</section>
    <section class="publisher-output" aria-labelledby="${id}-publish-heading">${outputMarkup(id)}</section>`;

  const form = container.querySelector('form');
  const card = container.querySelector('dialogue-event');
  const cardJsonLd = card.querySelector('script');
  const $ = (selector) => container.querySelector(selector);
  const status = $('.status');
  const pageNow = library.clock.now();
  const pageClockIsReal = Math.abs(pageNow - Date.now()) < 1000;
  let current = null;
  let fileText = '';
  let fileUrl = null;

  // Labelling some 420 zones takes a moment: done once the form is up, not before.
  (window.requestIdleCallback ?? setTimeout)(() =>
    $(`#${id}-zones`).append(
      ...zoneChoices(pageNow).map((choice) => Object.assign(document.createElement('option'), choice)),
    ),
  );

  /** The form as values (event-form.js's FormValues), read from the inputs. */
  function readValues() {
    const values = emptyValues();
    for (const input of form.querySelectorAll('[data-key]:not([data-item-key])')) {
      const [group, key] = input.dataset.key.split('.');
      if (key) values[group][key] = input.value;
      else values[group] = input.value;
    }
    for (const list of Object.keys(LISTS)) {
      values[list] = items(list).map((item) => {
        const entry = LISTS[list].empty();
        for (const input of item.querySelectorAll('[data-item-key]')) entry[input.dataset.itemKey] = input.value;
        return entry;
      });
    }
    return values;
  }

  /** Puts `values` (any part of them) into the form. */
  function setValues(values) {
    for (const [key, value] of Object.entries(values)) {
      if (key in LISTS) {
        for (const item of items(key)) item.remove();
        for (const entry of value) fillItem(addItem(key), entry);
      } else if (value && typeof value === 'object') {
        for (const [part, text] of Object.entries(value)) setInput(`${key}.${part}`, text);
      } else {
        setInput(key, value);
      }
    }
    update();
  }

  function setInput(key, value) {
    const input = form.querySelector(`[data-key="${key}"]:not([data-item-key])`);
    if (input) input.value = value ?? '';
  }

  function fillItem(item, entry) {
    for (const input of item.querySelectorAll('[data-item-key]')) input.value = entry[input.dataset.itemKey] ?? '';
  }

  const items = (list) => [...form.querySelectorAll(`[data-items="${list}"] > [data-item]`)];

  function addItem(list) {
    const template = document.createElement('template');
    template.innerHTML = LISTS[list].markup(`${id}-${list}-${++itemCount}`);
    const item = template.content.firstElementChild;
    form.querySelector(`[data-items="${list}"]`).append(item);
    renumber(list);
    return item;
  }

  /** Numbers each item in its legend and its remove button, and keys its fields by position. */
  function renumber(list) {
    items(list).forEach((item, index) => {
      const label = `${LISTS[list].noun} ${index + 1}`;
      item.querySelector('legend').textContent = label;
      item.querySelector('[data-remove]').textContent = `Remove ${label.toLowerCase()}`;
      for (const input of item.querySelectorAll('[data-item-key]')) {
        input.dataset.key = `${list}.${index}.${input.dataset.itemKey}`;
        input.closest('.field').dataset.fieldFor = input.dataset.key;
      }
    });
  }

  function removeItem(item, list) {
    const all = items(list);
    const index = all.indexOf(item);
    const noun = item.querySelector('legend').textContent;
    item.remove();
    renumber(list);
    // Focus stays where the list was: the next one, else the one before, else "Add".
    const next = items(list)[Math.min(index, all.length - 2)];
    (next?.querySelector('input') ?? form.querySelector(`[data-add="${list}"]`)).focus();
    announce(`${noun} removed.`);
    update();
  }

  /** Shows a refused value next to its field, tied to it for screen readers; and clears it once fixed. */
  function showMessage(input, message) {
    // By the container, not the document: Storybook mounts it before it is on the page.
    const paragraph = container.querySelector(`#${input.id}-message`);
    const hint = container.querySelector(`#${input.id}-hint`);
    paragraph.hidden = !message;
    paragraph.textContent = message?.text ?? '';
    paragraph.className = `message ${message?.kind ?? ''}`;
    const invalid = message?.kind === 'error';
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    const describedBy = [hint?.id, message ? paragraph.id : null].filter(Boolean).join(' ');
    if (describedBy) input.setAttribute('aria-describedby', describedBy);
    else input.removeAttribute('aria-describedby');
  }

  function update() {
    const values = readValues();
    const check = checkForm(values, library);
    current = check;
    for (const input of form.querySelectorAll('[data-key]')) showMessage(input, check.messages[input.dataset.key]);
    $('.zone-summary').textContent = zoneSummary(values.timeZone, check);

    const text = jsonLdText(jsonLdDocument(check.event, check.fileAddress, library, check.hasHost));
    $('.json code').textContent = text;
    // The card reads the same JSON-LD the partners will: what it shows is what they get.
    if (cardJsonLd.textContent !== text) cardJsonLd.textContent = text;
    fileText = text;

    const snippets = partnerSnippets(
      check.event,
      check.fileAddress,
      check.scriptAddress ?? (check.fileAddress ? scriptBesideFile(check.fileAddress) : null),
    );
    $('.snippets').hidden = !snippets;
    $('.no-snippets').hidden = Boolean(snippets);
    $('.snippet-html code').textContent = snippets?.html ?? '';
    $('.snippet-shortcode code').textContent = snippets?.shortcode ?? '';
    showReadiness(check);
    applyPreview();
    options.onChange?.(values);
  }

  function zoneSummary(zone, check) {
    if (!zone.trim() || check.messages.timeZone) return '';
    const label = zoneLabel(zone.trim(), library.clock.now());
    return label ? `${label.slice(label.indexOf(': ') + 2)}.` : '';
  }

  function showReadiness(check) {
    const box = $('.readiness');
    box.replaceChildren();
    const paragraph = (text) => box.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
    if (!check.missing.length && !check.errors) {
      box.className = 'readiness ready';
      paragraph('Ready to publish.');
      return;
    }
    box.className = 'readiness';
    if (check.missing.length) {
      paragraph('Still needed before you publish:');
      const list = box.appendChild(document.createElement('ul'));
      for (const { key, text } of check.missing) {
        const input = form.querySelector(`[data-key="${key}"]`);
        const link = Object.assign(document.createElement('a'), { href: `#${input.id}`, textContent: text });
        link.addEventListener('click', (event) => {
          event.preventDefault();
          input.focus();
        });
        list.appendChild(document.createElement('li')).append(link);
      }
    }
    if (check.errors) {
      paragraph(
        check.errors === 1
          ? 'One field is marked: what it holds is left out of the file and the card until it is fixed.'
          : `${check.errors} fields are marked: what they hold is left out of the file and the card until they are fixed.`,
      );
    }
  }

  /** Moves the library's clock to the moment chosen under "Show it" (the page's own clock for "Now"). */
  function applyPreview() {
    const choice = container.querySelector(`input[name="${id}-preview"]:checked`)?.value ?? 'now';
    const hasStart = current?.event.start?.epochMs != null;
    for (const radio of container.querySelectorAll(`input[name="${id}-preview"]`)) {
      radio.disabled = radio.value !== 'now' && !hasStart;
    }
    const instant = current ? previewInstant(choice, current.event) : null;
    if (instant !== null) library.setClock(new library.FixedClock(instant));
    else library.setClock(pageClockIsReal ? null : new library.FixedClock(pageNow));
  }

  function download() {
    const blob = new Blob([fileText], { type: 'application/ld+json' });
    if (fileUrl) URL.revokeObjectURL(fileUrl);
    // Kept until the next download: revoking at once can cancel the browser's save.
    fileUrl = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: fileUrl, download: 'event.jsonld', hidden: true });
    container.append(link);
    link.click();
    link.remove();
    announce('event.jsonld downloaded.');
  }

  async function copy(which) {
    const code = $(`.snippet-${which} code`);
    const what = which === 'html' ? 'HTML' : 'shortcode';
    try {
      await navigator.clipboard.writeText(code.textContent);
      announce(`The ${what} is copied.`);
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for the keyboard.
      getSelection()?.selectAllChildren(code);
      announce(`The ${what} is selected: press Control+C (Command+C on a Mac) to copy it.`);
    }
  }

  /**
   * Fills the form from a file made before. The card reads it, so the library's own reader
   * decides what it says; the form then writes it out again as it always does.
   */
  async function openFile(input) {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    cardJsonLd.textContent = text;
    // The card hears of the change from its content observer (a microtask), then updates.
    await new Promise((resolve) => setTimeout(resolve));
    await card.updateComplete;
    const event = card.event;
    const unreadable = !event || event.problems.some((problem) => /^json-ld$/.test(problem.field));
    showMessage(
      input,
      unreadable
        ? { kind: 'error', text: `${file.name} holds no event this page can read: nothing was changed.` }
        : null,
    );
    if (unreadable) {
      update();
      return;
    }
    const written = topLevel(text);
    setValues(valuesFromEvent(event, written.id ?? readValues().fileAddress, written.hasHost));
    announce(`The form is filled in from ${file.name}.`);
  }

  function announce(text) {
    // Emptied first, so that the same words twice are announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.add) {
      const item = addItem(button.dataset.add);
      item.querySelector('input').focus();
      update();
    } else if (button.hasAttribute('data-remove')) {
      const item = button.closest('[data-item]');
      removeItem(item, item.parentElement.dataset.items);
    }
  });
  const fileInput = container.querySelector(`#${id}-open`);
  fileInput.addEventListener('change', (event) => {
    // Not an edit of the event itself: the form's own listener must not see it.
    event.stopPropagation();
    openFile(fileInput);
  });
  container.querySelector('.preview-choice').addEventListener('change', applyPreview);
  $('.download').addEventListener('click', download);
  for (const button of container.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', () => copy(button.dataset.copy));
  }

  setValues({
    ...emptyValues(browserZone()),
    ...options.values,
  });

  return {
    form,
    card,
    values: readValues,
    setValues,
    /** The file's text, as "Download" saves it. */
    fileText: () => fileText,
    check: () => current,
  };
}

/**
 * What the file says at its top level that the event does not keep: its own address (`@id`)
 * and whether it names a host (`organizer`). A file of another shape: no address, a host.
 */
function topLevel(text) {
  try {
    const document = JSON.parse(text);
    const id = document?.['@id'];
    return { id: typeof id === 'string' ? id : null, hasHost: document?.organizer != null || !('sponsor' in document) };
  } catch {
    return { id: null, hasHost: true };
  }
}
