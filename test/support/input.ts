import { executeServerCommand } from '@web/test-runner-commands';
import { can } from './engine.js';

/** What has focus, looking into shadow roots: where a key press lands. */
function focusedElement(): Element {
  let focused: Element | null = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused ?? document.body;
}

/**
 * Presses a key as a visitor does, with `KeyboardEvent.key` names ('Enter', ' ', 'ArrowDown') and
 * modifiers before a '+' ('Shift+Tab'). Where the driver cannot hold a modifier (WebKit's), the key
 * is dispatched to what has focus: the page's handlers see it, but a dispatched event has no default
 * action, so the browser itself moves no focus; fine for a handler that takes the key over.
 */
export async function pressKey(key: string): Promise<void> {
  if (key.length > 1 && key.includes('+') && !can.modifierKeys) {
    const parts = key.split('+');
    const pressed = parts.pop()!;
    const init: KeyboardEventInit = {
      key: pressed,
      code: pressed.length === 1 ? `Key${pressed.toUpperCase()}` : pressed,
      shiftKey: parts.includes('Shift'),
      ctrlKey: parts.includes('Control'),
      altKey: parts.includes('Alt'),
      metaKey: parts.includes('Meta'),
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    const target = focusedElement();
    target.dispatchEvent(new KeyboardEvent('keydown', init));
    target.dispatchEvent(new KeyboardEvent('keyup', init));
    return;
  }
  await executeServerCommand('press-key', { key });
}

/** Types `text` key by key into what has focus, spaces included, in every engine. */
export async function typeText(text: string): Promise<void> {
  await executeServerCommand('type-text', { text });
}

export type Button = 'left' | 'middle' | 'right';

/** The innermost element at a point of the viewport, looking into shadow roots. */
function elementAt(x: number, y: number): Element | null {
  let found = document.elementFromPoint(x, y);
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === found) break;
    found = inner;
  }
  return found;
}

/** The events a browser fires for a press of `button` at a point, dispatched where no driver can send them. */
function dispatchClick(x: number, y: number, button: Exclude<Button, 'left'>): void {
  const target = elementAt(x, y);
  if (!target) throw new Error(`nothing to click at ${x}, ${y}`);
  const code = button === 'middle' ? 1 : 2;
  const init = { clientX: x, clientY: y, button: code, bubbles: true, cancelable: true, composed: true, view: window };
  target.dispatchEvent(
    new PointerEvent('pointerdown', { ...init, buttons: code === 1 ? 4 : 2, pointerType: 'mouse', isPrimary: true }),
  );
  target.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: code === 1 ? 4 : 2 }));
  if (button === 'right') target.dispatchEvent(new MouseEvent('contextmenu', { ...init, buttons: 2 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new PointerEvent('auxclick', { ...init, pointerType: 'mouse', isPrimary: true }));
}

/**
 * Clicks `element` with `button` at its centre, or just inside its top-left corner, as a visitor
 * does, after scrolling it into view if it is outside the viewport (Firefox's driver refuses a
 * click outside it). WebKit's driver sends a middle or right click as a left one: there the
 * browser's events for it are dispatched instead (untrusted, so the browser follows no link).
 */
export async function click(
  element: Element,
  { button = 'left', at = 'centre' }: { button?: Button; at?: 'centre' | 'corner' } = {},
): Promise<void> {
  let box = element.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    box = element.getBoundingClientRect();
  }
  const [x, y] =
    at === 'corner'
      ? [Math.ceil(box.x + 2), Math.ceil(box.y + 2)]
      : [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  if (button !== 'left' && !can.otherButtons) return dispatchClick(x, y, button);
  await executeServerCommand('click-at', { x, y, button });
}
