// For the demo pages: prints each element's `problems` in the list that names it
// (`<ul data-problems-for="id">`). An external module, not an inline script, so the
// pattern also works on pages with a strict Content-Security-Policy. Values are
// written as text, never as markup: they are whatever the author (or an attacker) typed.

const shown = new WeakMap();

function render(list, element) {
  const problems = element.problems ?? [];
  const key = JSON.stringify(problems);
  if (shown.get(list) === key) return;
  shown.set(list, key);
  if (problems.length === 0) {
    const item = document.createElement('li');
    item.className = 'none';
    item.textContent = 'No problems.';
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(
    ...problems.map(({ field, value, message }) => {
      const item = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = field;
      const written = document.createElement('code');
      written.textContent = JSON.stringify(value);
      item.append(name, ' ', written, ` ${message}`);
      return item;
    }),
  );
}

async function watch(list) {
  const element = document.getElementById(list.dataset.problemsFor);
  if (!element) return;
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  render(list, element);
  // Problems can change later (a src answered, the parser reached the siblings): look again
  // for a while, then stop; a demo page has no business ticking forever.
  const timer = setInterval(() => render(list, element), 250);
  setTimeout(() => clearInterval(timer), 15_000);
}

for (const list of document.querySelectorAll('[data-problems-for]')) watch(list);
