import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long a file stays at its blob: address once it is no longer offered. A click
 * has the browser fetch it at once, but "Save link as…" and some browsers' downloads
 * (Firefox's among them) read it a little later; a released address gives nothing.
 */
export const RELEASE_AFTER_MS = 60_000;

/**
 * A file the element offers at a blob: address of its own, so the link that points
 * to it works however it is followed: a click, a middle click, "Save link as…".
 * The address lives while the file is offered, a minute after, and never past the
 * host's leaving the page. Nothing leaves the browser.
 */
export class FileOfferController implements ReactiveController {
  /**
   * The address for the link: the file on offer, or the last one until it is released
   * (the link keeps it: a click's download starts only after the click's listeners,
   * by which time the menu may have closed). `undefined` when there is none.
   */
  url: string | undefined;

  /** Addresses no longer offered, each with the timer that will release it. */
  private readonly retired = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly releaseAfterMs = RELEASE_AFTER_MS,
  ) {
    host.addController(this);
  }

  /** Offers `text` as a file of `type` at a new address; the one offered before is retired. */
  offer(text: string, type: string): void {
    this.withdraw();
    this.url = URL.createObjectURL(new Blob([text], { type }));
  }

  /** Stops offering the file; its address keeps working for a while, for a download that has just begun. */
  withdraw(): void {
    const url = this.url;
    if (!url || this.retired.has(url)) return;
    const timer = setTimeout(() => {
      this.retired.delete(url);
      URL.revokeObjectURL(url);
      if (this.url === url) {
        this.url = undefined;
        this.host.requestUpdate();
      }
    }, this.releaseAfterMs);
    this.retired.set(url, timer);
  }

  hostDisconnected(): void {
    // Off the page, no link points to any of them any more.
    for (const [url, timer] of this.retired) {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
    }
    this.retired.clear();
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}
