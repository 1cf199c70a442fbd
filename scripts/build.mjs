// npm run build: the bundle and the per-module build (rollup), declarations (tsc),
// and the Custom Elements Manifest (the analyzer reads the classes' JSDoc).
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('rollup -c --silent');
run('tsc -p tsconfig.json');
// Settings in custom-elements-manifest.config.mjs.
run('cem analyze --quiet');
