/**
 * FNV-1a (64-bit) of the text's UTF-8 bytes, as 16 hex digits. Synchronous and the
 * same in every browser and on every page load, unlike `crypto.subtle` (async) or
 * `crypto.randomUUID()` (different every time). Not for secrets.
 */
export function stableHash(text: string): string {
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
