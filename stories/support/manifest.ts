/**
 * The Custom Elements Manifest (`custom-elements.json`, made by `cem analyze` with
 * custom-elements-manifest.config.mjs before Storybook starts), prepared for
 * Storybook's docs pages: tag names come from each class's `@tagname`.
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

/** The manifest as the docs pages show it. */
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
