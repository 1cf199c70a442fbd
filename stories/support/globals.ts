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

export const VIEWER_ZONES: readonly { value: string; title: string }[] = [
  { value: STORY_DEFAULT, title: `Story default (${DEFAULT_VIEWER_ZONE})` },
  { value: BROWSER_ZONE, title: "This browser's zone" },
  { value: 'Africa/Maputo', title: 'Maputo (CAT, UTC+2)' },
  { value: 'Africa/Lagos', title: 'Lagos (WAT, UTC+1)' },
  { value: 'Africa/Nairobi', title: 'Nairobi (EAT, UTC+3)' },
  { value: 'Europe/London', title: 'London' },
  { value: 'America/New_York', title: 'New York' },
  { value: 'America/Los_Angeles', title: 'Portland / Los Angeles' },
  { value: 'America/Sao_Paulo', title: 'São Paulo' },
  { value: 'Asia/Kolkata', title: 'Kolkata (UTC+5:30)' },
  { value: 'Asia/Tokyo', title: 'Tokyo' },
  { value: 'Pacific/Auckland', title: 'Auckland (next day)' },
  { value: 'Pacific/Chatham', title: 'Chatham (UTC+12:45)' },
];

export const LANGUAGES: readonly { value: string; title: string; right?: string }[] = [
  { value: STORY_DEFAULT, title: 'Story default' },
  { value: 'en', title: 'English' },
  { value: 'fr', title: 'Français' },
  { value: 'pt', title: 'Português' },
  { value: 'sw', title: 'Kiswahili' },
  { value: 'ar', title: 'العربية (right to left)' },
];

/**
 * Fixed moments around the reference event (6 July 2023, 16:00 in Maputo). Every
 * story's event sits relative to the story default, so moving "now" moves every
 * countdown on the page between its states together.
 */
export const NOW_OPTIONS: readonly { value: string; title: string }[] = [
  { value: STORY_DEFAULT, title: 'Story default: 5 Jul 2023 16:00 CAT (the day before)' },
  { value: '2023-06-06T16:00:00+02:00', title: 'A month before' },
  { value: '2023-07-06T10:00:00+02:00', title: 'Same day, 6 hours before' },
  { value: '2023-07-06T15:50:00+02:00', title: '10 minutes before (starting soon)' },
  { value: '2023-07-06T15:59:30+02:00', title: '30 seconds before' },
  { value: '2023-07-06T16:30:00+02:00', title: '30 minutes in (live)' },
  { value: '2023-07-06T18:00:00+02:00', title: 'The same evening (ended)' },
  { value: '2024-01-15T12:00:00+02:00', title: 'Months later' },
  { value: SYSTEM_CLOCK, title: 'System clock (the real now)' },
];

type Context = Pick<StoryContext, 'globals' | 'parameters'>;

/** The viewer's zone for the story, or `null` for "the browser's own". */
export function viewerZone(context: Context): string | null {
  const chosen = context.globals.viewerZone as string | undefined;
  if (chosen === BROWSER_ZONE) return null;
  if (chosen && chosen !== STORY_DEFAULT) return chosen;
  const fromStory = context.parameters.viewerTimeZone as string | null | undefined;
  return fromStory === undefined ? DEFAULT_VIEWER_ZONE : fromStory;
}

/** Whether the toolbar, not the story, chose the viewer's zone. */
export function zoneFromToolbar(context: Context): boolean {
  const chosen = context.globals.viewerZone as string | undefined;
  return chosen !== undefined && chosen !== STORY_DEFAULT;
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
  if (chosen && chosen !== STORY_DEFAULT) {
    const ms = Date.parse(chosen);
    if (!Number.isNaN(ms)) return ms;
  }
  return STORY_NOW;
}
