// Types of publisher.js, plain JavaScript so that the demo server can serve it as it is.
import type { Clock, FixedClock } from '../../src/classes.js';
import type { FormCheck, FormLibrary, FormValues } from './event-form.js';

/** The library copy the page runs: the bundle on the demo page, the sources in Storybook and the tests. */
export interface PublisherLibrary extends FormLibrary {
  clock: Clock;
  setClock(clock: Clock | null): void;
  FixedClock: typeof FixedClock;
  VERSION: string;
}

export interface PublisherOptions {
  /** Values to start from (any part of them); otherwise a blank form in the browser's zone. */
  values?: Partial<FormValues>;
  /** Called with the form's values after every change (to keep a draft, say). */
  onChange?: (values: FormValues) => void;
}

export interface Publisher {
  form: HTMLFormElement;
  /** The live card. */
  card: HTMLElement;
  values(): FormValues;
  setValues(values: Partial<FormValues>): void;
  /** The text "Download event.jsonld" saves. */
  fileText(): string;
  check(): FormCheck | null;
}

export function mountPublisher(
  container: HTMLElement,
  library: PublisherLibrary,
  options?: PublisherOptions,
): Publisher;
