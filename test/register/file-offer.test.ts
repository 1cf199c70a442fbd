import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FileOfferController } from '../../src/register/file-offer.js';

/** A host that only counts the updates it is asked for. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host satisfies ReactiveControllerHost;
}

/** What a download of `url` would get, or null once the address is released. */
async function fileAt(url: string): Promise<string | null> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return null;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FileOfferController', () => {
  it('offers the text at a blob: address of this page, with its type', async () => {
    const offer = new FileOfferController(fakeHost());
    expect(offer.url).to.equal(undefined);
    offer.offer('BEGIN:VCALENDAR\r\n', 'text/calendar;charset=utf-8');
    expect(offer.url!.startsWith(`blob:${location.origin}/`)).to.equal(true);
    const response = await fetch(offer.url!);
    expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
    expect(await response.text()).to.equal('BEGIN:VCALENDAR\r\n');
  });

  it('keeps a withdrawn file (and the link its address) for a while, then lets it go and asks for a render', async () => {
    const host = fakeHost();
    const offer = new FileOfferController(host, 200);
    offer.offer('one', 'text/plain');
    const url = offer.url!;
    offer.withdraw();
    // A click's download begins after its listeners, by which time the menu has closed.
    expect(offer.url).to.equal(url);
    expect(await fileAt(url)).to.equal('one');
    expect(host.updates).to.equal(0);
    await pause(400);
    expect(await fileAt(url)).to.equal(null);
    expect(offer.url).to.equal(undefined);
    expect(host.updates).to.equal(1);
  });

  it('retires the previous file when a new one is offered, without taking the new one with it', async () => {
    const host = fakeHost();
    const offer = new FileOfferController(host, 200);
    offer.offer('one', 'text/plain');
    const first = offer.url!;
    offer.withdraw();
    offer.offer('two', 'text/plain');
    const second = offer.url!;
    expect(second).not.to.equal(first);
    expect(await fileAt(first)).to.equal('one');
    await pause(400);
    expect(await fileAt(first)).to.equal(null);
    expect(await fileAt(second)).to.equal('two');
    expect(offer.url).to.equal(second);
    expect(host.updates, 'the link still shows the file on offer').to.equal(0);
  });

  it('lets every file go at once when the host leaves the page', async () => {
    const host = fakeHost();
    const offer = new FileOfferController(host, 60_000);
    offer.offer('one', 'text/plain');
    const first = offer.url!;
    offer.offer('two', 'text/plain');
    const second = offer.url!;
    host.disconnect();
    expect(offer.url).to.equal(undefined);
    expect(await fileAt(first)).to.equal(null);
    expect(await fileAt(second)).to.equal(null);
  });
});
