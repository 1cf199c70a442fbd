// A rollup plugin for the partner bundle: removes the methods, getters and setters of a
// dependency's classes that nothing the bundle runs can call. luxon is one module of classes
// (DateTime alone has ~150 members); rollup drops unused functions and classes, but never an
// unused method, and we call about twenty. Removing the members also frees the classes
// (Interval, Info) and the functions (the format parser, the relative-time wording) that only
// they used, which terser then drops.
//
// What can run is found from the chunk's entry points as a tree-shaker does: from the
// statements that are not plain declarations, every top-level name they use, and every
// member whose name they read: as `x.name`, `x["name"]`, an object or destructured key, any
// string literal (luxon reads units as `this[unit]`), a word in a template, or the method of
// a class that is not pruned (an override may be called through it). A read on a global
// (`Math.max`, `Date.now`) reads no member of ours. Names the runtime calls by itself
// (toString, valueOf, toJSON) and computed keys are always kept. It is by name, not by type:
// `map.set(…)` keeps DateTime#set; wrong only ever in keeping too much.
import MagicString from 'magic-string';

const CALLED_BY_THE_RUNTIME = new Set(['constructor', 'toString', 'toJSON', 'valueOf', 'then', 'handleEvent']);
const GLOBALS = new Set(
  'Array BigInt Date Error globalThis Intl JSON Map Math Number Object Promise Proxy Reflect RegExp Set String Symbol WeakMap WeakSet console'.split(
    ' ',
  ),
);

/** @param {{ from: RegExp }} options the modules whose top-level classes are pruned (matched on the module's id) */
export function pruneUnusedMembers({ from }) {
  const prunedClassNames = new Set();
  const otherClassNames = new Set();
  let removed = [];

  return {
    name: 'prune-unused-members',
    moduleParsed(info) {
      const names = from.test(info.id) ? prunedClassNames : otherClassNames;
      for (const node of info.ast?.body ?? []) {
        const declaration = node.type.startsWith('Export') && node.declaration ? node.declaration : node;
        if (declaration.type === 'ClassDeclaration' && declaration.id) names.add(declaration.id.name);
      }
    },
    renderChunk(code) {
      const ast = this.parse(code);
      // Rollup renames a clash as Name$1: a name declared on both sides is left alone.
      const isPruned = (name) => {
        const original = name.replace(/\$\d+$/, '');
        return prunedClassNames.has(original) && !otherClassNames.has(original);
      };
      const candidates = new Map();
      for (const node of ast.body) {
        if (node.type !== 'ClassDeclaration' || !node.id || !isPruned(node.id.name)) continue;
        for (const member of node.body.body) {
          if (member.type !== 'MethodDefinition' || member.computed || member.kind === 'constructor') continue;
          const name = member.key.type === 'Identifier' ? member.key.name : String(member.key.value);
          if (!CALLED_BY_THE_RUNTIME.has(name)) candidates.set(member, { name, className: node.id.name });
        }
      }
      const live = reachableMembers(ast, candidates);

      const s = new MagicString(code);
      removed = [];
      for (const [member, { name, className }] of candidates) {
        if (live.has(member)) continue;
        s.remove(member.start, member.end);
        removed.push(`${className}${member.static ? '.' : '#'}${name}`);
      }
      if (removed.length === 0) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
    generateBundle() {
      if (process.env.PRUNE_REPORT) console.log(`pruned ${removed.length} members: ${removed.join(' ')}`);
    },
  };
}

const droppable = (init) =>
  !init ||
  ['Literal', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression', 'TemplateLiteral'].includes(
    init.type,
  ) ||
  (init.type === 'ObjectExpression' && init.properties.every((p) => p.type === 'Property' && !p.computed)) ||
  (init.type === 'ArrayExpression' && init.elements.every((e) => e && e.type !== 'SpreadElement'));

/** The candidate members (keys of `candidates`) that code which can run may call. */
function reachableMembers(ast, candidates) {
  // Top-level declarations run nothing until used; every other statement is an entry point.
  const declarations = new Map();
  const declared = new Set();
  const entries = [];
  for (const statement of ast.body) {
    if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) {
      declarations.set(statement.id.name, [...(declarations.get(statement.id.name) ?? []), statement]);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (declarator.id.type === 'Identifier' && droppable(declarator.init)) {
          declarations.set(declarator.id.name, [...(declarations.get(declarator.id.name) ?? []), declarator]);
        } else entries.push(declarator);
      }
    } else entries.push(statement);
  }
  collectBindings(ast, declared);

  const visited = new Set();
  const read = new Set();
  const waiting = new Map(); // a name not read yet -> candidate members of that name
  const work = [];
  const use = (node) => {
    if (node && !visited.has(node)) {
      visited.add(node);
      work.push(node);
    }
  };
  const readName = (name) => {
    if (read.has(name)) return;
    read.add(name);
    for (const member of waiting.get(name) ?? []) use(member);
    waiting.delete(name);
  };
  const word = /[A-Za-z_$][\w$]*/g;

  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'Identifier':
        for (const declaration of declarations.get(node.name) ?? []) use(declaration);
        return;
      case 'MemberExpression': {
        const onGlobal =
          node.object.type === 'Identifier' && GLOBALS.has(node.object.name) && !declared.has(node.object.name);
        if (!node.computed && !onGlobal) readName(node.property.name);
        walk(node.object);
        if (node.computed) walk(node.property);
        return;
      }
      case 'Property':
      case 'PropertyDefinition':
      case 'MethodDefinition':
        if (candidates.has(node)) {
          const { name } = candidates.get(node);
          if (read.has(name)) use(node.value);
          else waiting.set(name, [...(waiting.get(name) ?? []), node.value]);
          return;
        }
        if (node.computed) walk(node.key);
        else readName(node.key.type === 'Identifier' ? node.key.name : String(node.key.value));
        walk(node.value);
        return;
      case 'Literal':
        if (typeof node.value === 'string') readName(node.value);
        return;
      case 'TemplateElement':
        for (const [w] of node.value.cooked?.matchAll(word) ?? []) readName(w);
        return;
    }
    for (const key in node) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach(walk);
      else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child);
    }
  };

  entries.forEach(use);
  while (work.length > 0) walk(work.pop());
  const live = new Set();
  for (const member of candidates.keys()) if (visited.has(member.value)) live.add(member);
  return live;
}

/** Every name bound anywhere (a variable, a parameter, a function or class name). */
function collectBindings(node, names) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'VariableDeclarator') addPattern(node.id, names);
  if (node.type.includes('Function')) node.params.forEach((p) => addPattern(p, names));
  if ((node.type.includes('Function') || node.type.startsWith('Class')) && node.id) names.add(node.id.name);
  if (node.type === 'CatchClause' && node.param) addPattern(node.param, names);
  for (const key in node) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => collectBindings(c, names));
    else if (child && typeof child === 'object' && typeof child.type === 'string') collectBindings(child, names);
  }
}

function addPattern(pattern, names) {
  if (!pattern) return;
  if (pattern.type === 'Identifier') names.add(pattern.name);
  else if (pattern.type === 'ObjectPattern')
    pattern.properties.forEach((p) => addPattern(p.value ?? p.argument, names));
  else if (pattern.type === 'ArrayPattern') pattern.elements.forEach((e) => addPattern(e, names));
  else if (pattern.type === 'RestElement') addPattern(pattern.argument, names);
  else if (pattern.type === 'AssignmentPattern') addPattern(pattern.left, names);
}
