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
// (toString, valueOf, toJSON) and computed keys are always kept. The receiver narrows a read
// only where it is plain: `this.x` in a method of a pruned class (x of that class, its ancestors
// or descendants), `Class.x`, `super.x`; any other read is by name, not by type: `map.set(…)`
// keeps DateTime#set. Wrong only ever in keeping too much.
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

  // The pruned classes' hierarchy, and which class (and side, static or not) each method is of:
  // `this.x` in a method of DateTime reads x of DateTime, its ancestors and its descendants only,
  // `DateTime.x` a static x of DateTime or an ancestor, and `super.x` one of an ancestor.
  const parentOf = new Map();
  const methodOf = new Map();
  for (const { className } of candidates.values()) parentOf.set(className, null);
  for (const statement of ast.body) {
    if (statement.type !== 'ClassDeclaration' || !parentOf.has(statement.id.name)) continue;
    const superClass = statement.superClass;
    parentOf.set(statement.id.name, superClass?.type === 'Identifier' ? superClass.name : superClass ? '?' : null);
    for (const member of statement.body.body) {
      if (member.type === 'MethodDefinition')
        methodOf.set(member.value, { className: statement.id.name, static: member.static });
    }
  }
  const ancestors = (name) => {
    const out = [];
    for (let up = parentOf.get(name); up; up = parentOf.get(up)) out.push(up);
    return out;
  };
  const descendants = (name) => [...parentOf.keys()].filter((other) => ancestors(other).includes(name));
  // An unknown superclass makes `super.x` and inherited reads anyone's.
  const scope = (classes, isStatic) => (classes.includes('?') ? null : { classes: new Set(classes), isStatic });

  const visited = new Set();
  const readByAny = new Set();
  const readIn = new Map(); // name -> scopes it was read in
  const waiting = new Map(); // name -> candidate members of that name, not read yet
  const work = [];
  const use = (node, context = null) => {
    if (node && !visited.has(node)) {
      visited.add(node);
      work.push([node, context]);
    }
  };
  const matches = (member, where) => {
    const { className } = candidates.get(member);
    return where === null || (where.classes.has(className) && where.isStatic === member.static);
  };
  const isRead = (member) =>
    readByAny.has(candidates.get(member).name) ||
    (readIn.get(candidates.get(member).name) ?? []).some((where) => matches(member, where));
  const readName = (name, where = null) => {
    if (readByAny.has(name)) return;
    if (where === null) readByAny.add(name);
    else readIn.set(name, [...(readIn.get(name) ?? []), where]);
    const members = waiting.get(name) ?? [];
    const woken = members.filter((member) => matches(member, where));
    woken.forEach((member) => use(member.value));
    waiting.set(
      name,
      members.filter((member) => !woken.includes(member)),
    );
  };
  const receiverScope = (object, context) => {
    if (object.type === 'ThisExpression' && context) {
      const { className } = context;
      return scope([className, ...ancestors(className), ...descendants(className)], context.static);
    }
    if (object.type === 'Super' && context) return scope(ancestors(context.className), context.static);
    if (object.type === 'Identifier' && parentOf.has(object.name))
      return scope([object.name, ...ancestors(object.name)], true);
    return null;
  };
  const word = /[A-Za-z_$][\w$]*/g;

  const walk = (node, context) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'Identifier':
        for (const declaration of declarations.get(node.name) ?? []) use(declaration);
        return;
      case 'FunctionExpression':
      case 'FunctionDeclaration':
        context = methodOf.get(node) ?? null;
        break;
      case 'MemberExpression': {
        const onGlobal =
          node.object.type === 'Identifier' && GLOBALS.has(node.object.name) && !declared.has(node.object.name);
        if (!node.computed && !onGlobal) readName(node.property.name, receiverScope(node.object, context));
        walk(node.object, context);
        if (node.computed) walk(node.property, context);
        return;
      }
      case 'Property':
      case 'PropertyDefinition':
      case 'MethodDefinition':
        if (candidates.has(node)) {
          const { name } = candidates.get(node);
          if (isRead(node)) use(node.value);
          else waiting.set(name, [...(waiting.get(name) ?? []), node]);
          return;
        }
        if (node.computed) walk(node.key, context);
        else readName(node.key.type === 'Identifier' ? node.key.name : String(node.key.value));
        walk(node.value, node.type === 'PropertyDefinition' ? null : context);
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
      if (Array.isArray(child)) child.forEach((c) => walk(c, context));
      else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, context);
    }
  };

  entries.forEach((entry) => use(entry));
  while (work.length > 0) walk(...work.pop());
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
