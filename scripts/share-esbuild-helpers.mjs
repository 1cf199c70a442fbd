// esbuild compiles one file at a time, so every module with a decorator carries its own copy of
// the `__decorateClass` helper (and `__defProp`, `__getOwnPropDesc`): eight copies in the
// partner bundle. This rollup plugin, placed after esbuild, moves the helpers a module declares
// at its top into one shared module that every such module imports. A helper whose text differs
// from the first one seen stays where it is.
import MagicString from 'magic-string';

const SHARED = '\0esbuild-helpers';

export function shareEsbuildHelpers() {
  const helpers = new Map(); // name -> source text of its declaration
  let loaded = false; // once the shared module is written, no helper joins it
  return {
    name: 'share-esbuild-helpers',
    resolveId(id) {
      return id === SHARED ? id : null;
    },
    load(id) {
      if (id !== SHARED) return null;
      loaded = true;
      return `${[...helpers.values()].join('\n')}\nexport { ${[...helpers.keys()].join(', ')} };`;
    },
    transform(code, id) {
      if (id === SHARED || !code.includes('var __')) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      const shared = [];
      for (const statement of ast.body) {
        if (statement.type === 'ImportDeclaration' || statement.directive) continue;
        const declarator =
          statement.type === 'VariableDeclaration' && statement.declarations.length === 1 && statement.declarations[0];
        const name = declarator && declarator.id.type === 'Identifier' && declarator.id.name;
        if (!name || !name.startsWith('__')) break;
        const text = code.slice(statement.start, statement.end);
        if (!helpers.has(name) && !loaded) helpers.set(name, text);
        if (helpers.get(name) !== text) continue;
        s.remove(statement.start, statement.end);
        shared.push(name);
      }
      if (shared.length === 0) return null;
      s.prepend(`import { ${shared.join(', ')} } from ${JSON.stringify(SHARED)};\n`);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
