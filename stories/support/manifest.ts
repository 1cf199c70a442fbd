/**
 * The Custom Elements Manifest (`custom-elements.json`, made by `cem analyze` with
 * custom-elements-manifest.config.mjs before Storybook starts), prepared for
 * Storybook's docs pages: tag names come from each class's `@tagname`.
 */
import type { SBType, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import rawManifest from '../../custom-elements.json';

export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  inheritedFrom?: { name: string };
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  superclass?: { name: string };
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[] }[];
}

function prepareDeclaration(declaration: ManifestDeclaration): ManifestDeclaration {
  if (declaration.kind !== 'class' || !declaration.members) return declaration;
  // The docs tables show what a page can use: public fields and properties, not methods.
  return {
    ...declaration,
    members: declaration.members.filter(
      (member) => !member.static && (member.privacy ?? 'public') === 'public' && member.kind !== 'method',
    ),
  };
}

let prepared: Manifest | undefined;

/** The manifest as the docs pages show it. */
export function storybookManifest(): Manifest {
  const manifest = rawManifest as unknown as Manifest;
  prepared ??= {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map(prepareDeclaration),
    })),
  };
  return prepared;
}

/** The manifest entry of the element registered as `tag`. */
export function declarationFor(tag: string, manifest: Manifest = storybookManifest()): ManifestDeclaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** Every element documented in the manifest, in tag order. */
export function documentedElements(manifest: Manifest = storybookManifest()): ManifestDeclaration[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}

/** The docs tables' categories, as Storybook names them (.storybook/controls.ts picks controls by them). */
export const CATEGORY = {
  properties: 'properties',
  attributes: 'attributes',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

/** What the slots table calls the unnamed slot (the manifest names it ''). */
export const DEFAULT_SLOT = '(default)';

/** `dialogue-state-change` → `onDialogueStateChange`, the arg Storybook gives each event (it feeds the Actions panel). */
export function eventArgName(event: string): string {
  return `on${event.replace(/(^|[-_:.\s]+)(.)/g, (_m, _sep, chr: string) => chr.toUpperCase())}`;
}

/**
 * The order a designer reads an element's attributes in, the same on every element: what
 * the event is and when, then where it leads, then its data sources. The docs tables and
 * the Controls panel follow it (`controls.sort: 'none'` keeps this order); properties
 * follow it by their attribute's name, and whatever is not listed comes after, in the
 * manifest's order.
 */
export const READING_ORDER = [
  'name',
  'start',
  'end',
  'time-zone',
  'status',
  'viewer-time-zone',
  'job-title',
  'organisation',
  'logo',
  'href',
  'photo',
  'register-url',
  'registration-closes',
  'join-url',
  'recording-url',
  'image',
  'image-alt',
  'src',
  'canonical',
  'role',
  'state',
  'event',
  'problems',
] as const;

/** `viewerTimeZone` → `viewer-time-zone`: a property's place is its attribute's. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Sorts items by READING_ORDER (stable: unlisted names keep their order, after the listed ones). */
export function inReadingOrder<T extends { name: string }>(items: readonly T[]): T[] {
  const place = (item: T) => {
    const index = (READING_ORDER as readonly string[]).indexOf(kebab(item.name));
    return index === -1 ? READING_ORDER.length : index;
  };
  return [...items].sort((a, b) => place(a) - place(b));
}

/**
 * The custom properties that take a length or a font; every other `--dialogue-*`
 * property takes a colour and gets a colour picker (which also accepts typed text, so a
 * new length property left off this list still works).
 */
const NOT_COLOURS = new Set(['--dialogue-radius', '--dialogue-padding', '--dialogue-font', '--dialogue-photo-size']);

/** Whether the custom property `name` takes a colour. */
export const takesColour = (name: string) => name.startsWith('--') && !NOT_COLOURS.has(name);

/** Storybook's type for a manifest type: what a control is inferred from, if a story asks. */
function inputType(text: string | undefined): SBType {
  if (!text || /^string\b/.test(text)) return { name: 'string' };
  if (text.startsWith('boolean')) return { name: 'boolean' };
  return { name: 'other', value: text };
}

/** Parts, events and custom properties hold no value of their own. */
const NO_VALUE: SBType = { name: 'other', value: 'void' };

function row(
  key: string,
  item: ManifestItem,
  category: string,
  type: SBType,
  name = item.name,
): [string, StrictInputType] {
  return [
    key,
    {
      name,
      description: item.description,
      type: { ...type, required: false },
      table: {
        category,
        type: { summary: item.type?.text },
        defaultValue: { summary: item.default },
      },
    },
  ];
}

/**
 * The docs tables and controls of the element registered as `tag`, for
 * `parameters.docs.extractArgTypes`. Storybook's own reader files every attribute,
 * slot, part and custom property under its bare name, so `<dialogue-event>`'s parts
 * `name`, `status` and `image` replaced the attributes of those names (and their
 * controls), and it drops the unnamed default slot. Here an attribute keeps its name
 * as its key (story args name attributes), and the rest get keys no attribute can
 * have: `slot:name`, `part:name`, `event:name`; custom properties keep `--name`, which
 * is no attribute name either (and is how `elementArgs` finds them). Each row still
 * shows its plain name, in its category. A property only gets a row when no
 * attribute has its name: the attribute's row stands for both.
 */
export function argTypesFor(tag: string, manifest: Manifest = storybookManifest()): StrictArgTypes | null {
  const declaration = declarationFor(tag, manifest);
  if (!declaration) return null;
  const attributes = declaration.attributes ?? [];
  const attributeNames = new Set(attributes.map((attribute) => attribute.name));
  // In this order on the page: what a designer sets first.
  const rows: [string, StrictInputType][] = [
    ...inReadingOrder(attributes).map((attribute) =>
      row(attribute.name, attribute, CATEGORY.attributes, inputType(attribute.type?.text)),
    ),
    ...inReadingOrder((declaration.members ?? []).filter((member) => !attributeNames.has(member.name))).map((member) =>
      row(member.name, member, CATEGORY.properties, inputType(member.type?.text)),
    ),
    ...(declaration.events ?? []).flatMap((event): [string, StrictInputType][] => [
      [eventArgName(event.name), { name: eventArgName(event.name), action: event.name, table: { disable: true } }],
      row(`event:${event.name}`, event, CATEGORY.events, NO_VALUE),
    ]),
    ...(declaration.slots ?? []).map((slot) => {
      const name = slot.name || DEFAULT_SLOT;
      return row(`slot:${name}`, slot, CATEGORY.slots, { name: 'string' }, name);
    }),
    ...(declaration.cssProperties ?? []).map((property) =>
      row(property.name, property, CATEGORY.cssProperties, NO_VALUE),
    ),
    ...(declaration.cssParts ?? []).map((part) => row(`part:${part.name}`, part, CATEGORY.cssParts, NO_VALUE)),
  ];
  return Object.fromEntries(rows);
}
