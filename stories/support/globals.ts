/**
 * The toolbar's globals, shared by the preview's decorators and the stories:
 * the viewer's time zone, the language, and a fixed "now" for the library's clock.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { STORY_NOW } from './fixtures.js';

/** The toolbar value that means "what the story itself chose". */
export const STORY_DEFAULT = 'story';
/** The toolbar value for the browser's own zone / the real clock. */
export const BROWSER_ZONE = 'browser';
export const SYSTEM_CLOCK = 'system';

/** The viewer's zone a story shows when neither it nor the toolbar choose one. */
export const DEFAULT_VIEWER_ZONE = 'America/New_York';

/**
 * The toolbar's three menus. Each option's `title` is what the toolbar shows once it is
 * chosen, so it starts with what the menu sets ("Now: 10 minutes before"): an icon alone
 * does not say which menu moves the clock and which the zone.
 */
export interface ToolbarMenu<Option> {
  /** The global's name in a shared link (`&globals=viewerZone:tokyo`). */
  key: string;
  /** What the menu sets, as the toolbar and the introduction name it. */
  label: string;
  /** Storybook's icon beside the label (one of its icon names). */
  icon: 'globe' | 'transfer' | 'time';
  /** The tooltip: what the menu changes on the page. */
  description: string;
  options: readonly (Option & { value: string; title: string })[];
}

/**
 * Viewer zones offered in the toolbar. Values are plain words, since Storybook drops
 * globals with `/` from a shared link (`&globals=viewerZone:tokyo` works).
 */
export const VIEWER_ZONE_MENU: ToolbarMenu<{ zone?: string }> = {
  key: 'viewerZone',
  label: 'Viewer zone',
  icon: 'globe',
  description: "The viewer's time zone: sets viewer-time-zone on every event and countdown",
  options: [
    { value: STORY_DEFAULT, title: `${DEFAULT_VIEWER_ZONE.split('/').pop()!.replace(/_/g, ' ')} (story default)` },
    { value: BROWSER_ZONE, title: "this browser's zone" },
    { value: 'maputo', title: 'Maputo (CAT, UTC+2)', zone: 'Africa/Maputo' },
    { value: 'lagos', title: 'Lagos (WAT, UTC+1)', zone: 'Africa/Lagos' },
    { value: 'nairobi', title: 'Nairobi (EAT, UTC+3)', zone: 'Africa/Nairobi' },
    { value: 'london', title: 'London', zone: 'Europe/London' },
    { value: 'new-york', title: 'New York', zone: 'America/New_York' },
    { value: 'los-angeles', title: 'Portland / Los Angeles', zone: 'America/Los_Angeles' },
    { value: 'sao-paulo', title: 'São Paulo', zone: 'America/Sao_Paulo' },
    { value: 'kolkata', title: 'Kolkata (UTC+5:30)', zone: 'Asia/Kolkata' },
    { value: 'tokyo', title: 'Tokyo', zone: 'Asia/Tokyo' },
    { value: 'auckland', title: 'Auckland (next day)', zone: 'Pacific/Auckland' },
    { value: 'chatham', title: 'Chatham (UTC+12:45)', zone: 'Pacific/Chatham' },
  ],
};

export const LANGUAGE_MENU: ToolbarMenu<object> = {
  key: 'lang',
  label: 'Language',
  icon: 'transfer',
  description: 'The language of the page around the elements: sets lang (and dir) on it',
  options: [
    { value: STORY_DEFAULT, title: 'story default' },
    { value: 'en', title: 'English' },
    { value: 'fr', title: 'Français' },
    { value: 'pt', title: 'Português' },
    { value: 'sw', title: 'Kiswahili' },
    { value: 'ar', title: 'العربية (right to left)' },
  ],
};

/**
 * Fixed moments around the reference event (6 July 2023, 16:00 in Maputo). Every
 * story's event sits relative to the story default, so moving "now" moves every
 * countdown on the page between its states together. The values are plain words so
 * they read well in a shared link (`&globals=now:half-hour-in`).
 */
export const NOW_MENU: ToolbarMenu<{ at?: string }> = {
  key: 'now',
  label: 'Now',
  icon: 'time',
  description: "The library's clock: a fixed moment around the reference event, or the real one",
  options: [
    { value: STORY_DEFAULT, title: 'the day before the event (story default)' },
    { value: 'month-before', title: 'a month before', at: '2023-06-06T16:00:00+02:00' },
    { value: 'same-morning', title: 'same day, 6 hours before', at: '2023-07-06T10:00:00+02:00' },
    { value: 'ten-minutes-before', title: '10 minutes before (starting soon)', at: '2023-07-06T15:50:00+02:00' },
    { value: 'seconds-before', title: '30 seconds before', at: '2023-07-06T15:59:30+02:00' },
    { value: 'half-hour-in', title: '30 minutes in (live)', at: '2023-07-06T16:30:00+02:00' },
    { value: 'same-evening', title: 'the same evening (ended)', at: '2023-07-06T18:00:00+02:00' },
    { value: 'months-later', title: 'months later', at: '2024-01-15T12:00:00+02:00' },
    { value: SYSTEM_CLOCK, title: 'system clock (the real now)' },
  ],
};

/** The menus in the order the toolbar shows them. */
export const TOOLBAR_MENUS = [NOW_MENU, VIEWER_ZONE_MENU, LANGUAGE_MENU] as const;

type Context = Pick<StoryContext, 'globals' | 'parameters'>;

/** The viewer's zone for the story, or `null` for "the browser's own". */
export function viewerZone(context: Context): string | null {
  const chosen = context.globals.viewerZone as string | undefined;
  if (chosen === BROWSER_ZONE) return null;
  const zone = VIEWER_ZONE_MENU.options.find((option) => option.value === chosen)?.zone;
  if (zone) return zone;
  const fromStory = context.parameters.viewerTimeZone as string | null | undefined;
  return fromStory === undefined ? DEFAULT_VIEWER_ZONE : fromStory;
}

/** Whether the toolbar, not the story, chose the viewer's zone. */
export function zoneFromToolbar(context: Context): boolean {
  const chosen = context.globals.viewerZone as string | undefined;
  return chosen === BROWSER_ZONE || VIEWER_ZONE_MENU.options.some((option) => option.value === chosen && option.zone);
}

/** The language the story is shown in. */
export function language(context: Context): string {
  const chosen = context.globals.lang as string | undefined;
  if (chosen && chosen !== STORY_DEFAULT) return chosen;
  return (context.parameters.lang as string | undefined) ?? 'en';
}

/** The fixed "now" (epoch ms), or `null` for the system clock. */
export function fixedNow(context: Context): number | null {
  const chosen = context.globals.now as string | undefined;
  if (chosen === SYSTEM_CLOCK) return null;
  const at = NOW_MENU.options.find((option) => option.value === chosen)?.at;
  return at ? Date.parse(at) : STORY_NOW;
}

/** ` viewer-time-zone="…"` for markup written as a string (empty for the browser's zone). */
export function viewerZoneAttribute(context: Context): string {
  const zone = viewerZone(context);
  return zone ? ` viewer-time-zone="${zone}"` : '';
}
