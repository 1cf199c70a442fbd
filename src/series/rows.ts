import { makeElement as element } from '../internal/make-element.js';
import type { EventStatus } from '../model/event-data.js';
import type { PhaseState } from '../time/phase.js';

/**
 * The DOM of a series' rows, cloned from one row made once and filled in: a series of
 * fifty draws 49 rows in its first render, and five nested Lit templates a row took half
 * as long again. Text goes in as text and addresses as attributes, so nothing a feed
 * says becomes markup.
 */

/** What one row shows, worked out by the series. */
export interface RowContent {
  /** The entry's key: the same event's row, when rows are made again. */
  readonly key: string;
  /** The name's id, which the action points to as what it is for. */
  readonly id: string;
  readonly state: PhaseState;
  readonly status: EventStatus;
  readonly name: string;
  /** The event's page, which the name links to. */
  readonly url: string | null;
  /** Live now, cancelled, postponed: what changes the plan; '' for nothing. */
  readonly badge: string;
  /** The moment in the event's zone; null when it has none to show. */
  readonly time: { readonly text: string; readonly iso: string } | null;
  /** The same moment for the viewer, already followed by "your time" (or the page's zone); null when it reads the same. */
  readonly localTime: { readonly text: string; readonly iso: string } | null;
  readonly action: RowAction | null;
}

/** A link (register, join, watch the recording), or a note that registration has closed. */
export type RowAction =
  | { readonly kind: 'link'; readonly url: string; readonly words: string; readonly counted: boolean }
  | { readonly kind: 'closed'; readonly words: string };

let prototype: HTMLLIElement | null = null;

/** The row every row is cloned from: name, times and a place for the rest. */
function rowPrototype(): HTMLLIElement {
  prototype ??= element(
    'li',
    {},
    element(
      'div',
      { class: 'main' },
      element('h3', { part: 'row-name' }),
      element('p', { class: 'times' }, element('time', { part: 'row-time' })),
    ),
  );
  return prototype;
}

/** One row's DOM; `onCounted` hears clicks and middle clicks on a counted link (register). */
export function buildRow(row: RowContent, onCounted: (event: MouseEvent) => void): HTMLLIElement {
  const li = rowPrototype().cloneNode(true) as HTMLLIElement;
  li.setAttribute('part', `row ${row.state}`);
  li.className = `row ${row.state} ${row.status}`;
  const main = li.firstChild as HTMLDivElement;
  const heading = main.firstChild as HTMLHeadingElement;
  const times = heading.nextSibling as HTMLParagraphElement;
  const time = times.firstChild as HTMLTimeElement;

  heading.id = row.id;
  if (row.url) heading.append(element('a', { href: row.url }, row.name));
  else heading.textContent = row.name;
  if (row.badge) main.insertBefore(element('p', { part: 'row-status', class: 'status' }, row.badge), times);
  if (row.time) {
    time.dateTime = row.time.iso;
    time.textContent = row.time.text;
  } else {
    times.remove();
  }
  if (row.time && row.localTime) {
    times.append(element('time', { part: 'row-local-time', datetime: row.localTime.iso }, row.localTime.text));
  }
  const action = row.action;
  if (action?.kind === 'link') {
    const link = element(
      'a',
      { part: 'row-action', class: 'action', href: action.url, 'aria-describedby': row.id },
      action.words,
    );
    if (action.counted) {
      link.addEventListener('click', onCounted);
      link.addEventListener('auxclick', onCounted);
    }
    li.append(link);
  } else if (action?.kind === 'closed') {
    li.append(element('p', { part: 'row-closed', class: 'closed' }, action.words));
  }
  return li;
}
