// The reference event took place in 2023. `?now=2023-07-05T14:00Z` on any demo page shows
// it as a visitor would have seen it then, through the library's documented clock.
import { FixedClock, setClock } from '/dist/dialogue-widgets.js';

const now = Date.parse(new URLSearchParams(location.search).get('now') ?? '');
if (!Number.isNaN(now)) setClock(new FixedClock(now));
