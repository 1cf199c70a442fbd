import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import type { Problem } from '../model/event-data.js';
import { observeLocaleChanges, resolveDirection, resolveLocale } from './locale.js';
import { messagesFor, type Messages } from './messages.js';

/** The problems of an element with none: one frozen empty list for all of them. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/**
 * What every dialogue element shares: the language and direction it inherits from
 * the page (kept up to date when `lang`/`dir` change), and the `problems` it
 * reports, each warned once to the console.
 */
export class DialogueElement extends LitElement {
  /** The language the element writes in (nearest `lang`, else the browser's). */
  @state() protected locale = 'en';

  /** `rtl` for Arabic and other right-to-left languages, or an explicit `dir`. */
  @state() protected direction: 'ltr' | 'rtl' = 'ltr';

  /**
   * Custom states (`:state(empty)`) let a surrounding card hide an element with nothing to show.
   * Attached when first needed, like `warned`: a page of a thousand countdowns needs neither.
   */
  private internals?: ElementInternals;
  private currentProblems: readonly Problem[] = NO_PROBLEMS;
  private warned?: Set<string>;
  private stopObservingLocale?: () => void;

  /** Every piece of input that was missing or unusable: `{ field, value, message }`. */
  get problems(): readonly Problem[] {
    return this.currentProblems;
  }

  /** The phrases in the element's language. */
  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  /** Whether the element writes in the page's language (a data element that shows nothing need not follow it). */
  protected get followsLanguage(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.followsLanguage) return;
    this.readLocale();
    this.stopObservingLocale = observeLocaleChanges(() => this.readLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLocale?.();
  }

  /**
   * Replaces the element's problems, warning once for each new one. Subclasses
   * call it from `willUpdate()` with everything they found.
   */
  protected setProblems(problems: readonly Problem[]): void {
    for (const problem of problems) {
      const key = `${problem.field}\u0000${problem.value}\u0000${problem.message}`;
      this.warned ??= new Set();
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      console.warn(`<${this.localName}> ${problem.field}: ${JSON.stringify(problem.value)} ${problem.message}`, this);
    }
    if (!sameProblems(this.currentProblems, problems)) {
      this.currentProblems = problems.length ? Object.freeze([...problems]) : NO_PROBLEMS;
    }
  }

  /** Turns a custom state on or off; browsers without CustomStateSet simply ignore it. */
  protected setCustomState(name: string, on: boolean): void {
    // Only a change touches the states (each touch has the styles looked at again), and an
    // element never given a state needs no internals to take it away.
    if (!on && !this.internals) return;
    try {
      this.internals ??= this.attachInternals();
      if (this.internals.states?.has(name) === on) return;
      if (on) this.internals.states?.add(name);
      else this.internals.states?.delete(name);
    } catch {
      // Older engines accepted only `--name` spellings; the state is a nicety, not a need.
    }
  }

  private readLocale(): void {
    const locale = resolveLocale(this);
    this.locale = locale;
    this.direction = resolveDirection(this, locale);
  }
}

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.field === b[i]!.field && p.value === b[i]!.value && p.message === b[i]!.message)
  );
}
