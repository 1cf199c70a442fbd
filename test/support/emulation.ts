import { executeServerCommand } from '@web/test-runner-commands';

/** Puts this test page in `zone` (an IANA name), as if the visitor lived there; `null` restores it. */
export async function emulateTimeZone(zone: string | null): Promise<void> {
  await executeServerCommand('emulate-time-zone', { zone });
}

/** Sets the browser's locale (navigator.language and Intl's default); `null` restores it. */
export async function emulateLocale(locale: string | null): Promise<void> {
  await executeServerCommand('emulate-locale', { locale });
}
