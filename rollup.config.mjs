import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';

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
    options: { minifyOptions: { removeEmptyAttributes: false } },
  });

/** The bundle is minified by terser, a few percent smaller than esbuild's minifier (Lit's choice too). */
const minify = () => terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } });

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
      minify(),
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
