/**
 * Only http(s) addresses ever become links or images: `javascript:`, `data:` and
 * friends are refused here, in one place.
 */
export function safeHttpUrl(value: string, baseUrl: string): string | null {
  // Editors and feeds write `&` in addresses as `&#038;` or `&amp;` where nothing decodes it.
  const text = value.trim().replace(/&(?:#0*38|amp);/gi, '&');
  if (text === '' || /[\u0000-\u001f\u007f]/.test(text)) return null;
  // `new URL` rejects an unusable base even for an absolute address: try without it then.
  const url = parse(text, baseUrl) ?? parse(text);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

function parse(text: string, baseUrl?: string): URL | null {
  try {
    return new URL(text, baseUrl);
  } catch {
    return null;
  }
}
