/**
 * Only http(s) addresses ever become links or images: `javascript:`, `data:` and
 * friends are refused here, in one place.
 */
export function safeHttpUrl(value: string, baseUrl: string): string | null {
  // Editors and feeds write `&` in addresses as `&#038;` or `&amp;` where nothing decodes it.
  const text = value.trim().replace(/&(?:#0*38|amp);/gi, '&');
  if (text === '' || /[\u0000-\u001f\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text, baseUrl);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
