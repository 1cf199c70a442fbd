/**
 * A property's value as the text an attribute would hold. Scripts set properties with
 * whatever they have at hand (a URL object, a number, null): that is never an
 * exception, only a string or nothing.
 */
export function writtenText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || value instanceof URL) return String(value).trim() || undefined;
  return undefined;
}
