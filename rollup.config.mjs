import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import terser from '@rollup/plugin-terser';
import { pruneUnusedMembers } from './scripts/prune-unused-members.mjs';
import { manglePrivateMembers } from './scripts/mangle-private-members.mjs';
import { shareEsbuildHelpers } from './scripts/share-esbuild-helpers.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const bareDependencies = Object.keys(pkg.dependencies);
const isBare = (id) => bareDependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Prints each file's minified and gzip size after writing, so size is seen on every build. */
function reportSize() {
  return {
    name: 'report-size',
    writeBundle(options, bundle) {
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(chunk.code);
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        console.log(
          `${options.file ?? fileName}: ${(bytes / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`,
        );
      }
    },
  };
}

/**
 * Templates and style sheets ship compact, as Lit's own packages do: html`` without the
 * indentation and the white space between tags (each a text node in every element
 * rendered), css`` minified by LightningCSS. The source keeps both readable. In both builds.
 */
const compactTemplates = () =>
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { removeEmptyAttributes: false }, strategy: keepInlineSpaces },
  });

/**
 * The minifier trims a template's ends as it would a document's, but a template is often one
 * piece of a line: html`<strong>…</strong> ` before a following <span> lost the space a visitor
 * sees ("Starting soon ·Starts in 10 minutes"). A space written on the same line at either end
 * is kept as one space; the indentation of a template written over several lines still goes.
 */
const keepInlineSpaces = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const minified = await defaultStrategy.minifyHTML(html, options);
    const before = /^[ \t]+\S/.test(html) && !/^\s/.test(minified) ? ' ' : '';
    const after = /\S[ \t]+$/.test(html) && !/\s$/.test(minified) ? ' ' : '';
    if (process.env.TEMPLATE_REPORT && (before || after))
      console.log(JSON.stringify(html.slice(0, 60)), '…', JSON.stringify(html.slice(-60)));
    return before + minified + after;
  },
};

/**
 * The bundle is minified by terser, a few percent smaller than esbuild's minifier (Lit's choice too),
 * with our private members' names mangled as Lit mangles its own (scripts/mangle-private-members.mjs).
 */
const minify = (properties) =>
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, mangle: { properties }, format: { comments: false } });
// The phrase catalogue's keys too: an internal interface, read only as messages.key.
const privateMembers = manglePrivateMembers({ interfaces: [{ file: 'src/internal/messages.ts', name: 'Messages' }] });

const typescript = (minify) =>
  esbuild({ target: 'es2021', minify, tsconfig: './tsconfig.json', legalComments: 'none' });

export default [
  // For partner pages and CDNs: one self-contained, minified module with lit, @lit/context and luxon inside.
  {
    input: 'src/index.ts',
    output: { file: 'dist/dialogue-widgets.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      compactTemplates(),
      typescript(false),
      shareEsbuildHelpers(),
      privateMembers.plugin,
      pruneUnusedMembers({ from: /[\\/]node_modules[\\/]luxon[\\/]/ }),
      minify(privateMembers.properties),
      reportSize(),
    ],
  },
  // For npm users: one ES module per source module, dependencies left as bare imports for their bundler.
  {
    input: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      'event/define': 'src/event/define.ts',
      'countdown/define': 'src/countdown/define.ts',
      'panelists/define': 'src/panelists/define.ts',
      'register/define': 'src/register/define.ts',
      'series/define': 'src/series/define.ts',
    },
    external: isBare,
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [compactTemplates(), typescript(false)],
  },
];
