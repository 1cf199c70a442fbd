// For demo/two-copies.html: the page loads the bundle twice (two plugins, say). This module takes
// both copies (the same URLs as the page's two <script> tags, so the same module instances), says
// which copy defined each tag, and registers the second copy's countdown under a tag of its own,
// placed inside an event from the first copy: one copy's provider serving the other's consumer.
const first = await import('/dist/dialogue-widgets.js');
const second = await import('/dist/other-version/dialogue-widgets.js');

if (!customElements.get('second-copy-countdown')) {
  customElements.define('second-copy-countdown', class extends second.DialogueCountdown {});
}

const list = document.getElementById('registry');
const tags = [
  'dialogue-event',
  'dialogue-countdown',
  'dialogue-panelists',
  'dialogue-register',
  'second-copy-countdown',
];
list.replaceChildren(
  ...tags.map((tag) => {
    const defined = customElements.get(tag);
    const copy = Object.values(first).includes(defined)
      ? 'the first copy'
      : Object.values(second).includes(defined) || Object.getPrototypeOf(defined) === second.DialogueCountdown
        ? 'the second copy'
        : 'neither copy';
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `<${tag}>`;
    item.append(code, ` is defined by ${copy} (version ${defined?.libraryVersion ?? first.VERSION})`);
    item.dataset.tag = tag;
    item.dataset.copy = copy;
    return item;
  }),
);
