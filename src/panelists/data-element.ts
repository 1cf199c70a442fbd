import { adoptStyles, nothing, render, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { DialogueElement } from '../internal/dialogue-element.js';

/**
 * A data element (`<dialogue-panelist>`, `<dialogue-partner>`): inside the element that lays
 * it out, it is read and shows nothing, so it makes no shadow root and follows no language (a
 * listing of 100 reference cards holds 300 panelists). Left on its own (an editor closed the
 * event early), it shows its own view in a shadow root made then, so nothing the author wrote
 * is lost.
 */
export abstract class DialogueDataElement extends DialogueElement {
  /** Inside the element that lays it out, which also reports its problems. */
  protected abstract get contained(): boolean;

  /** What it shows when it stands on its own. */
  protected abstract ownView(): TemplateResult;

  protected override get followsLanguage(): boolean {
    return false;
  }

  // Lit renders into a fragment nobody sees (nothing, always); the element's own view goes to
  // a shadow root of its own, made only when it is first shown.
  protected override createRenderRoot(): DocumentFragment {
    return document.createDocumentFragment();
  }

  override render(): typeof nothing {
    return nothing;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const contained = this.contained;
    if (contained && !this.shadowRoot) return;
    let root = this.shadowRoot;
    if (!root) {
      const type = this.constructor as typeof LitElement;
      // Made when first needed, not in the constructor: most data elements never need one.
      // eslint-disable-next-line wc/attach-shadow-constructor -- see above
      root = this.attachShadow(type.shadowRootOptions);
      adoptStyles(root, type.elementStyles);
    }
    render(contained ? nothing : this.ownView(), root, { host: this });
  }
}
