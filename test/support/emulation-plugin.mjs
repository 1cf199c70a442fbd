// Server commands that let a test put its browser page in another time zone or locale,
// the way a visitor elsewhere would see it.
export function browserEmulationPlugin() {
  return {
    name: 'browser-emulation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone' && command !== 'emulate-locale') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-time-zone') {
        await page.emulateTimezone(payload?.zone ?? undefined);
        return true;
      }
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setLocaleOverride', payload?.locale ? { locale: payload.locale } : {});
      await cdp.detach();
      return true;
    },
  };
}
