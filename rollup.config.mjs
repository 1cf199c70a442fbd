import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

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
        console.log(`${options.file ?? fileName}: ${(bytes / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`);
      }
    },
  };
}

/**
 * Style sheets ship without their comments and indentation: the comments say why a rule
 * is there, for whoever reads the source, and cost every visitor a download (about 1 KB
 * gzip). Only `*.styles.ts` files, which hold nothing but css`` templates; in both builds.
 */
function compactStyles() {
  return {
    name: 'compact-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s+/g, '\n'), map: null };
    },
  };
}

const typescript = (minify) =>
  esbuild({ target: 'es2021', minify, tsconfig: './tsconfig.json', legalComments: 'none' });

export default [
  // For partner pages and CDNs: one self-contained, minified module with lit, @lit/context and luxon inside.
  {
    input: 'src/index.ts',
    output: { file: 'dist/dialogue-widgets.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ exportConditions: ['production'] }), compactStyles(), typescript(true), reportSize()],
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
    },
    external: isBare,
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [compactStyles(), typescript(false)],
  },
];
