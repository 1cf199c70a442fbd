/**
 * Turns a story's args into what an author would write: attributes named as in the
 * manifest, `--dialogue-*` custom properties as inline style, and the Actions
 * panel listening to the element's documented events. The viewer's zone comes
 * from the toolbar when the story's own args leave it empty.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { viewerZone, zoneFromToolbar } from './globals.js';
import { declarationFor, eventArgName } from './manifest.js';

type Args = Record<string, unknown>;
type Context = Pick<StoryContext, 'globals' | 'parameters'>;

/** The `--dialogue-*` custom properties `args` set, as `[name, value]` (empty values left out). */
export function customPropertiesIn(args: Args): [string, string][] {
  return Object.entries(args).filter(
    (entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
  );
}

/** The attribute values `args` give `tag`, with the toolbar's zone applied. */
export function attributesFor(tag: string, args: Args, context?: Context): Record<string, string> {
  const declaration = declarationFor(tag);
  const attributes: Record<string, string> = {};
  for (const { name, type } of declaration?.attributes ?? []) {
    const value = args[name];
    if (value === true || (value === 'true' && type?.text.includes('boolean'))) attributes[name] = '';
    else if (typeof value === 'string' && value !== '' && !type?.text.startsWith('boolean')) attributes[name] = value;
    else if (typeof value === 'number') attributes[name] = String(value);
  }
  const takesZone = declaration?.attributes?.some((attribute) => attribute.name === 'viewer-time-zone');
  if (takesZone && context && (zoneFromToolbar(context) || !attributes['viewer-time-zone'])) {
    const zone = viewerZone(context);
    if (zone) attributes['viewer-time-zone'] = zone;
    else delete attributes['viewer-time-zone'];
  }
  return attributes;
}

class ElementArgsDirective extends Directive {
  private written = new Set<string>();
  private styled = new Set<string>();
  private listeners = new Map<string, EventListener>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('elementArgs() goes on an element: <tag ${elementArgs(…)}>');
  }

  render(_args: Args, _context?: Context) {
    return nothing;
  }

  override update(part: ElementPart, [args, context]: [Args, Context | undefined]) {
    const element = part.element as HTMLElement;
    const tag = element.localName;
    const attributes = attributesFor(tag, args, context);
    for (const name of this.written) if (!(name in attributes)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    this.written = new Set(Object.keys(attributes));

    const styles = customPropertiesIn(args);
    for (const name of this.styled) if (!styles.some(([key]) => key === name)) element.style.removeProperty(name);
    for (const [name, value] of styles) element.style.setProperty(name, value);
    this.styled = new Set(styles.map(([name]) => name));
    if (element.getAttribute('style') === '') element.removeAttribute('style');

    for (const { name } of declarationFor(tag)?.events ?? []) {
      const handler = args[eventArgName(name)];
      const previous = this.listeners.get(name);
      if (previous === handler) continue;
      if (previous) element.removeEventListener(name, previous);
      if (typeof handler === 'function') {
        element.addEventListener(name, handler as EventListener);
        this.listeners.set(name, handler as EventListener);
      } else {
        this.listeners.delete(name);
      }
    }
    return nothing;
  }
}

/**
 * `<dialogue-event ${elementArgs(args, context)}>`: writes the args as attributes,
 * custom properties and event listeners on the element.
 */
export const elementArgs = directive(ElementArgsDirective);
