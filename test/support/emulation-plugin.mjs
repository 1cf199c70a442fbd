// Server commands that let a test put its browser page in another time zone or locale,
// the way a visitor elsewhere would see it. (Media features: the runner's own emulateMedia.)

// Emulation set over CDP lasts as long as the CDP session that set it: keep one per page.
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

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
      const cdp = await cdpFor(page);
      await cdp.send('Emulation.setLocaleOverride', payload?.locale ? { locale: payload.locale } : {});
      return true;
    },
  };
}
