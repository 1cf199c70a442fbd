import { VERSION } from './version.js';

/** A custom element class that says which version of the library defined it. */
type VersionedElement = CustomElementConstructor & { libraryVersion?: string };

/**
 * Registers `tag` unless it is already defined. Two plugins can each load a copy of
 * the library on one page: the first definition wins, the second is left alone
 * (an unguarded `define` would throw and take the page's other scripts down), and
 * a notice says which version serves the page when the two differ.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing: VersionedElement | undefined = registry.get(tag);
  if (!existing) {
    (element as VersionedElement).libraryVersion = VERSION;
    registry.define(tag, element);
    return;
  }
  if (existing !== element && existing.libraryVersion !== VERSION) {
    console.info(
      `dialogue-widgets ${VERSION}: <${tag}> is already defined by version ${existing.libraryVersion ?? 'unknown'}; that version serves this page.`,
    );
  }
}
