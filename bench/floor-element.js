// The floor: the least an element built on this library's stack can cost. A trivial
// Lit element that formats one time with luxon and counts down as `d hh:mm:ss`,
// asking @lit/context for an event the way ours do, so lit, @lit/context and luxon
// are all in its bundle. scripts/bench.mjs bundles it with esbuild at bench time.
import { LitElement, css, html } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
import { DateTime } from 'luxon';

const eventContext = createContext(Symbol.for('bench-floor/event'));
const pad = (n) => String(n).padStart(2, '0');

/** `d hh:mm:ss` left until `target` (epoch ms). */
function countdown(target, now) {
  const left = Math.max(0, Math.floor((target - now) / 1000));
  const days = Math.floor(left / 86400);
  return `${days} ${pad(Math.floor(left / 3600) % 24)}:${pad(Math.floor(left / 60) % 60)}:${pad(left % 60)}`;
}

class FloorCountdown extends LitElement {
  static properties = { start: {}, timeZone: { attribute: 'time-zone' }, now: { state: true } };
  static styles = css`
    :host {
      display: block;
    }
  `;

  _event = new ContextConsumer(this, { context: eventContext, subscribe: true });
  _timer;
  _startsAt;

  connectedCallback() {
    super.connectedCallback();
    this.now = Date.now();
    this._timer = setInterval(() => (this.now = Date.now()), 1000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this._timer);
  }

  willUpdate(changed) {
    if (changed.has('start') || changed.has('timeZone')) {
      this._startsAt = DateTime.fromISO(this._event.value?.start ?? this.start ?? '', { zone: this.timeZone ?? 'utc' });
    }
  }

  render() {
    const start = this._startsAt;
    if (!start?.isValid) return html`<p>Time to be confirmed</p>`;
    return html`<p>Starts in ${countdown(start.toMillis(), this.now)}</p>
      <time datetime=${start.toISO()}>${start.toLocal().toLocaleString(DateTime.DATETIME_MED)}</time>`;
  }
}

if (!customElements.get('floor-countdown')) customElements.define('floor-countdown', FloorCountdown);
