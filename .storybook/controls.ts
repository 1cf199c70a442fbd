import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { CATEGORY, takesColour } from '../stories/support/manifest.js';

/**
 * Controls for what the manifest documents, so a designer can try every attribute
 * and every custom property from the docs page and the Controls panel:
 * attributes get a text field (a switch for booleans, a menu where the values are
 * a closed list); `--dialogue-*` properties get a colour picker (see takesColour) or a text field;
 * properties, which mirror the attributes or are read-only, are listed without a
 * control, and so are events, slots and parts. Rows are read by their category and
 * displayed name: a part's or a slot's key is `part:…` / `slot:…` (see argTypesFor).
 */
const CHOICES: Record<string, string[]> = {
  status: ['', 'scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'],
};

export const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    // A story's own choice of control stands.
    if (argType.control !== undefined) continue;
    const category = argType.table?.category;
    const name = argType.name ?? key;
    const typeText = String(argType.table?.type?.summary ?? '');
    if (category === CATEGORY.attributes) {
      if (CHOICES[name]) {
        argTypes[key] = { ...argType, options: CHOICES[name], control: { type: 'select' } };
      } else if (typeText.startsWith('boolean')) {
        argTypes[key] = { ...argType, control: { type: 'boolean' } };
      } else {
        argTypes[key] = { ...argType, control: { type: 'text' } };
      }
    } else if (category === CATEGORY.cssProperties) {
      argTypes[key] = { ...argType, control: { type: takesColour(name) ? 'color' : 'text' } };
    } else if (
      category === CATEGORY.properties ||
      category === CATEGORY.slots ||
      category === CATEGORY.cssParts ||
      category === CATEGORY.events
    ) {
      argTypes[key] = { ...argType, control: false };
    }
  }
  return argTypes;
};
