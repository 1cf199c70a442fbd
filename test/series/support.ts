import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import type { DialogueSeries } from '../../src/series/dialogue-series.js';

/** A row as a visitor reads it: the name, and the badge when there is one. */
function rowText(row: Element): string {
  const name = row.querySelector('[part~="row-name"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const status = row.querySelector('[part~="row-status"]')?.textContent?.trim();
  return status ? `${name} · ${status}` : name;
}

/** The heading of the card shown as featured (rendered by the series, or the author's child slotted in). */
function featuredName(series: DialogueSeries): string | null {
  const box = series.shadowRoot?.querySelector('[part~="featured"]');
  if (!box) return null;
  const card = box.querySelector('dialogue-event') ?? box.querySelector('slot')?.assignedElements()[0] ?? null;
  return card?.shadowRoot?.querySelector('[part="name"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
}

/** What the series shows: the featured card's name, and the rows of each list in order. */
export function seen(series: DialogueSeries): { featured: string | null; upcoming: string[]; past: string[] } {
  const rows = (list: string) =>
    [...(series.shadowRoot?.querySelectorAll(`[part~="${list}"] > [part~="row"]`) ?? [])].map(rowText);
  return { featured: featuredName(series), upcoming: rows('upcoming-list'), past: rows('past-list') };
}

/** The nodes the fallback slot shows, as text. */
export function fallbackShown(series: DialogueSeries): string[] {
  const slot = series.shadowRoot?.querySelector<HTMLSlotElement>('slot:not([name])');
  if (!slot || slot.closest('[part~="featured"]')) return [];
  return slot
    .assignedNodes()
    .map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
}

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** axe-core's violations under `root`, shadow roots included, one line each. */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
