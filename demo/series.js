// `?lang=ar` shows the series in that language (the library reads the nearest lang attribute). The
// page's own links (`?now=…`, `?lang=…`) change one setting and keep the other.
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) {
  const listing = document.getElementById('listing');
  listing.lang = lang;
  listing.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
for (const link of document.querySelectorAll('a[href^="?"]')) {
  const merged = new URLSearchParams(params);
  for (const [key, value] of new URL(link.href).searchParams) merged.set(key, value);
  link.search = merged.toString();
}
