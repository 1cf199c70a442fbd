/**
 * The publisher's static markup: the form's fields, a panelist's and a partner's fieldset,
 * and the output column. Only constant words and ids go into these strings (never what an
 * author typed: values are set as properties), so innerHTML is safe here.
 */
import { PREVIEW_CHOICES, STATUS_CHOICES } from './event-form.js';

/**
 * One labelled field. `key` is its form key (see event-form.js); the message paragraph,
 * filled when the value is refused, is tied to the input only while it says something.
 */
function field(id, key, label, { type = 'text', hint = '', hintAfter = false, attributes = '' } = {}) {
  const hintId = hint ? `${id}-hint` : '';
  const control =
    type === 'textarea'
      ? `<textarea id="${id}" data-key="${key}" rows="5" ${attributes}></textarea>`
      : type === 'select'
        ? `<select id="${id}" data-key="${key}" ${attributes}>${STATUS_CHOICES.map(
            (choice) => `<option value="${choice.value}">${choice.label}</option>`,
          ).join('')}</select>`
        : `<input id="${id}" data-key="${key}" type="${type}" ${attributes} />`;
  return `
    <div class="field" data-field-for="${key}">
      <label for="${id}">${label}</label>
      ${hint && !hintAfter ? `<p class="hint" id="${hintId}">${hint}</p>` : ''}
      ${control}
      ${hint && hintAfter ? `<p class="hint" id="${hintId}">${hint}</p>` : ''}
      <p class="message" id="${id}-message" hidden></p>
    </div>`;
}

const url = (id, key, label, hint = '') =>
  field(id, key, label, { type: 'url', hint, attributes: 'inputmode="url" autocomplete="url" spellcheck="false"' });

/** The whole form. `id` prefixes every id, so that two publishers on one page (a docs page) do not clash. */
export function formMarkup(id) {
  return `
    <div class="field open-file">
      <label for="${id}-open">Change an event you published before</label>
      <p class="hint" id="${id}-open-hint">Open its event.jsonld file: the form fills in from it.</p>
      <input id="${id}-open" type="file" accept=".jsonld,.json,application/ld+json,application/json" aria-describedby="${id}-open-hint" />
      <p class="message" id="${id}-open-message" hidden></p>
    </div>

    <fieldset>
      <legend>The event</legend>
      ${field(`${id}-name`, 'name', 'Name')}
      ${field(`${id}-description`, 'description', 'Description', {
        type: 'textarea',
        hint: 'Plain text. Leave an empty line between paragraphs.',
      })}
      <div class="pair">
        ${field(`${id}-start`, 'start', 'Starts', { type: 'datetime-local' })}
        ${field(`${id}-end`, 'end', 'Ends', {
          type: 'datetime-local',
          hint: 'Optional. Without an end, the event is shown as on for 90 minutes.',
          // After the field, so that the two fields of the pair line up.
          hintAfter: true,
        })}
      </div>
      ${field(`${id}-zone`, 'timeZone', 'Time zone of these times', {
        hint: '<span class="zone-summary"></span> Type a city to search the list.',
        attributes: `list="${id}-zones" autocomplete="off" spellcheck="false"`,
      })}
      <datalist id="${id}-zones"></datalist>
      ${field(`${id}-status`, 'status', 'Status', { type: 'select' })}
    </fieldset>

    <fieldset>
      <legend>Registration, links and picture</legend>
      ${url(`${id}-register`, 'registerUrl', 'Registration address')}
      ${field(`${id}-closes`, 'registrationCloses', 'Registration closes', {
        type: 'datetime-local',
        hint: "Optional. In the event's time zone.",
      })}
      ${url(`${id}-join`, 'joinUrl', 'Live link', 'Optional. Shown while the event is on.')}
      ${url(`${id}-recording`, 'recordingUrl', 'Recording', 'Optional. Shown once the event is over.')}
      ${url(`${id}-image`, 'image', 'Picture address', 'Optional. A picture already on the web, such as https://www.example.org/poster.jpg.')}
      ${url(`${id}-page`, 'eventPage', "The event's page on your site", 'Optional. Where people can read more.')}
    </fieldset>

    <fieldset>
      <legend>Your organisation (the host)</legend>
      ${field(`${id}-host-name`, 'organizer.name', 'Name', { attributes: 'autocomplete="organization"' })}
      ${url(`${id}-host-url`, 'organizer.url', 'Website')}
      ${url(`${id}-host-logo`, 'organizer.logo', 'Logo address', 'Optional.')}
    </fieldset>

    <fieldset class="list" data-list-of="panelists">
      <legend>Panelists</legend>
      <div class="items" data-items="panelists"></div>
      <button type="button" class="add" data-add="panelists">Add a panelist</button>
    </fieldset>

    <fieldset class="list" data-list-of="partners">
      <legend>Partners</legend>
      <p class="hint">Organisations that host the event with you.</p>
      <div class="items" data-items="partners"></div>
      <button type="button" class="add" data-add="partners">Add a partner</button>
    </fieldset>

    <fieldset>
      <legend>Where the file goes</legend>
      ${url(
        `${id}-file`,
        'fileAddress',
        'Address of the file on your website',
        'Where you will put event.jsonld, such as https://www.example.org/events/water-and-cities.jsonld. Partners load the event from there.',
      )}
      ${url(
        `${id}-script`,
        'scriptAddress',
        'Address of the dialogue-widgets script',
        'Empty: beside the event file. Put dist/dialogue-widgets.js from the npm package there, sent with Access-Control-Allow-Origin: *.',
      )}
    </fieldset>`;
}

/** One panelist's fieldset; `n` makes its ids unique. Numbered in its legend by the publisher. */
export function panelistMarkup(id) {
  return `
    <fieldset class="item" data-item>
      <legend>Panelist</legend>
      ${field(`${id}-name`, 'name', 'Name', { attributes: 'data-item-key="name"' })}
      ${field(`${id}-job`, 'jobTitle', 'Job title', { attributes: 'data-item-key="jobTitle"' })}
      ${field(`${id}-org`, 'organisation', 'Organisation', { attributes: 'data-item-key="organisation"' })}
      ${itemUrl(`${id}-org-url`, 'organisationUrl', "Organisation's website")}
      ${itemUrl(`${id}-url`, 'url', 'Their own page', 'Optional. Their name links to it.')}
      ${itemUrl(`${id}-photo`, 'photo', 'Photo address', 'Optional. Without one, their initials are shown.')}
      <button type="button" class="remove" data-remove>Remove</button>
    </fieldset>`;
}

/** One partner's fieldset. */
export function partnerMarkup(id) {
  return `
    <fieldset class="item" data-item>
      <legend>Partner</legend>
      ${field(`${id}-name`, 'name', 'Name', { attributes: 'data-item-key="name"' })}
      ${itemUrl(`${id}-url`, 'url', 'Website')}
      ${itemUrl(`${id}-logo`, 'logo', 'Logo address', 'Optional.')}
      <button type="button" class="remove" data-remove>Remove</button>
    </fieldset>`;
}

const itemUrl = (id, key, label, hint = '') =>
  field(id, key, label, {
    type: 'url',
    hint,
    attributes: `data-item-key="${key}" inputmode="url" spellcheck="false"`,
  });

/** The column beside the form: the live card, then the file and the snippets. */
export function previewMarkup(id) {
  return `
    <h2 id="${id}-card-heading">The card, as partners' visitors will see it</h2>
    <fieldset class="preview-choice">
      <legend>Show it</legend>
      ${PREVIEW_CHOICES.map(
        (choice, index) => `
        <label><input type="radio" name="${id}-preview" value="${choice.value}" ${index === 0 ? 'checked' : ''} /> ${choice.label}</label>`,
      ).join('')}
    </fieldset>
    <dialogue-event lang="en" class="card"><script type="application/ld+json">{}</script></dialogue-event>`;
}

export function outputMarkup(id) {
  return `
    <h2 id="${id}-publish-heading">Publish it</h2>
    <div class="readiness"></div>

    <h3>1. The file</h3>
    <p>Download it and put it on your website at the address you gave. After a change, download it again and replace it: every partner's card follows.</p>
    <p><button type="button" class="download">Download event.jsonld</button></p>
    <pre class="code json" tabindex="0" aria-label="The file event.jsonld"><code></code></pre>

    <h3>2. Your web server</h3>
    <p>For partners' pages on other websites to read the file, your server must send it with these headers. Ask whoever looks after your website to set them for this file:</p>
    <pre class="code" tabindex="0" aria-label="Headers for the file"><code>Content-Type: application/ld+json
Access-Control-Allow-Origin: *
Access-Control-Expose-Headers: Date, Age, ETag
Cache-Control: public, max-age=60</code></pre>
    <p class="hint">Most servers also answer with an <code>ETag</code> and <code>304 Not Modified</code> by themselves, which spares visitors a download. <code>Date</code> and <code>Age</code> let countdowns correct a visitor's wrong clock.</p>

    <h3>3. For your partners</h3>
    <p>Send partners one of these. Their page then shows your event, and any change you make to the file.</p>
    <div class="snippets">
      <h4 id="${id}-html-heading">For any web page (HTML)</h4>
      <pre class="code snippet-html" tabindex="0" aria-labelledby="${id}-html-heading"><code></code></pre>
      <p><button type="button" class="copy" data-copy="html">Copy the HTML</button></p>
      <h4 id="${id}-shortcode-heading">For WordPress with the dialogue-widgets plugin</h4>
      <pre class="code snippet-shortcode" tabindex="0" aria-labelledby="${id}-shortcode-heading"><code></code></pre>
      <p><button type="button" class="copy" data-copy="shortcode">Copy the shortcode</button></p>
    </div>
    <p class="no-snippets" hidden>Give the address of the file (under "Where the file goes") to get the snippets.</p>
    <p class="status" role="status"></p>`;
}
