/**
 * The Custom Elements Manifest (`custom-elements.json`, made by `cem analyze
 * --litelement` before Storybook starts), prepared for Storybook's docs pages.
 *
 * Storybook finds an element's entry by its `tagName`. The analyzer cannot see the
 * tag our guarded `defineElement(tag, Class)` registers, so where an entry has none,
 * it gets the kebab-case of its class name, and only when that tag really is
 * registered on the page. It also records `dispatchEvent(new SomeEvent(x))` as an
 * event named after the constructor's first argument; those undocumented entries
 * are dropped when the class documents its events with `@event`. Private and
 * protected members are left out of the docs tables.
 */
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

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function prepareDeclaration(declaration: ManifestDeclaration): ManifestDeclaration {
  if (declaration.kind !== 'class') return declaration;
  const prepared = { ...declaration };
  if (!prepared.tagName) {
    const tag = kebab(prepared.name);
    if (tag.includes('-') && globalThis.customElements?.get(tag)) {
      prepared.tagName = tag;
      prepared.customElement = true;
    }
  }
  if (prepared.events?.some((event) => event.description)) {
    prepared.events = prepared.events.filter((event) => event.description);
  }
  if (prepared.members) {
    prepared.members = prepared.members.filter(
      (member) => !member.static && (member.privacy ?? 'public') === 'public' && member.kind !== 'method',
    );
  }
  return prepared;
}

/** The manifest with tag names filled in (call after the elements are registered). */
export function storybookManifest(): Manifest {
  const manifest = rawManifest as unknown as Manifest;
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map(prepareDeclaration),
    })),
  };
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
