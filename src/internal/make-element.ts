/**
 * An element made with DOM calls, never from markup: a page whose policy requires Trusted
 * Types refuses markup strings, and text set as text can never become markup.
 */
export function makeElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const name in attributes) made.setAttribute(name, attributes[name]!);
  made.append(...children);
  return made;
}
