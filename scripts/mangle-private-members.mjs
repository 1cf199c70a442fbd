// Property mangling of our private members for the partner bundle, as Lit's own build mangles
// its private `__names`: terser renames each to a short name in every place it is read, but
// only the names listed here. A name is listed when it is declared `private` in src/ and
// nothing else could read it by that name:
// - not declared anywhere in src/ as anything else (a public or protected member, a field of
//   an interface, type or object literal, a destructured or shorthand key, a parameter), so a
//   public `event` stays even where a private `event` exists too; protected members stay
//   whole, since a partner may subclass an element from the bundle;
// - not read as `.name` by the tests, stories, demos or scripts (what a developer sees);
// - not in any string or template of the bundle (a decorated @state()/@property() member is
//   registered with Lit by its name as a string; JSON-LD fields; attributes; event names);
// - not a property name anywhere in lit, @lit/context or luxon (their own names stay theirs);
// - and not a DOM name (terser keeps its list of those by itself).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const IDENT = '[A-Za-z_$][\\w$]*';

function filesUnder(dir, test) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, test));
    else if (test.test(name)) out.push(path);
  }
  return out;
}

/** Names declared `private` in the sources, less those also declared, or read from outside, as anything else. */
export function privateNamesIn({ sources, readers, interfaces = [] }) {
  const privateNames = new Set();
  const otherNames = new Set();
  const fieldNames = new Set(); // the fields of the internal interfaces named in `interfaces`
  const namesOutside = new Map(); // interface file -> names declared in every other file
  const add = (set, re, text) => {
    for (const m of text.matchAll(re)) set.add(m[1]);
  };
  const files = filesUnder(sources, /\.ts$/);
  for (const { file, name } of interfaces) {
    const body = readFileSync(file, 'utf8').match(new RegExp(`interface ${name} \\{([^}]*)\\}`))?.[1] ?? '';
    add(fieldNames, new RegExp(`^\\s*(${IDENT})\\??:`, 'gm'), body);
    namesOutside.set(join(file), new Set());
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const elsewhere = [...namesOutside].filter(([own]) => own !== join(file)).map(([, set]) => set);
    add(
      privateNames,
      new RegExp(`\\bprivate\\s+(?:(?:readonly|static|override|async|get|set)\\s+)*(${IDENT})`, 'g'),
      text,
    );
    for (const line of text.split('\n')) {
      if (/\bprivate\b/.test(line)) continue;
      // A member of a class or interface, a method, a field of a type or object literal, a parameter.
      const declared = new Set();
      add(
        declared,
        new RegExp(
          `^\\s*(?:@${IDENT}\\([^)]*\\)\\s*)*(?:(?:public|protected|static|readonly|override|async|get|set|declare|accessor)\\s+)*(${IDENT})\\s*[?!]?\\s*[(:=;<]`,
          'g',
        ),
        line,
      );
      add(declared, new RegExp(`(${IDENT})\\s*\\??\\s*:`, 'g'), line);
      // Shorthand and destructured keys.
      add(declared, new RegExp(`[{,]\\s*(${IDENT})\\s*(?=[,}])`, 'g'), line);
      for (const name of declared) {
        otherNames.add(name);
        for (const set of elsewhere) set.add(name);
      }
    }
  }
  const readByReaders = new Set();
  for (const dir of readers) {
    for (const file of filesUnder(dir, /\.(ts|js|mjs|html)$/))
      add(readByReaders, new RegExp(`\\.(${IDENT})`, 'g'), readFileSync(file, 'utf8'));
  }
  for (const name of readByReaders) otherNames.add(name);
  const fields = [...fieldNames].filter(
    (name) =>
      !privateNames.has(name) && ![...namesOutside.values()].some((set) => set.has(name)) && !readByReaders.has(name),
  );
  return [...[...privateNames].filter((name) => !otherNames.has(name)), ...fields].sort();
}

/**
 * A rollup plugin and the `properties` options for terser's `mangle`: the plugin narrows the
 * names to those no string of the bundle and no dependency uses, once every module is parsed,
 * and writes them into `properties.regex` before terser runs.
 */
export function manglePrivateMembers({
  sources = 'src',
  readers = ['test', 'stories', 'demo', 'scripts', 'bench'],
  interfaces = [],
} = {}) {
  const properties = { regex: /^$/, keep_quoted: true };
  const blocked = new Set();
  let names = [];
  const word = new RegExp(IDENT, 'g');
  const plugin = {
    name: 'mangle-private-members',
    buildStart() {
      names = privateNamesIn({ sources, readers, interfaces });
      blocked.clear();
    },
    moduleParsed(info) {
      if (!info.ast) return;
      const dependency = /[\\/]node_modules[\\/]/.test(info.id);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'Literal' && typeof node.value === 'string') {
          blocked.add(node.value);
          for (const [w] of node.value.matchAll(word)) blocked.add(w);
        } else if (node.type === 'TemplateElement') {
          for (const [w] of (node.value.cooked ?? node.value.raw).matchAll(word)) blocked.add(w);
        } else if (dependency && node.type === 'MemberExpression' && !node.computed) {
          blocked.add(node.property.name);
        } else if (dependency && /^(Property|PropertyDefinition|MethodDefinition)$/.test(node.type) && !node.computed) {
          blocked.add(node.key.name ?? String(node.key.value));
        }
        for (const key in node) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(visit);
          else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child);
        }
      };
      visit(info.ast);
    },
    buildEnd() {
      const mangled = names.filter((name) => !blocked.has(name));
      properties.regex = mangled.length ? new RegExp(`^(?:${mangled.join('|')})$`) : /^$/;
      if (process.env.MANGLE_REPORT) {
        console.log(`mangled ${mangled.length}: ${mangled.join(' ')}`);
        console.log(`kept ${names.length - mangled.length}: ${names.filter((n) => blocked.has(n)).join(' ')}`);
      }
    },
  };
  return { plugin, properties };
}
