// Writes package.json's version into the WordPress plugin (its header, DIALOGUE_WIDGETS_VERSION and the block's
// block.json), so the project has one version number (issue 10). Run by `npm version` (the "version" script),
// which then commits the files with package.json; the PHP tests fail if they ever differ.
//   node wordpress/stamp-version.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(here, '../package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
  throw new Error(`stamp-version: unexpected version ${version}`);

function rewrite(path, replacements) {
  const before = readFileSync(path, 'utf8');
  let after = before;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(after)) throw new Error(`stamp-version: ${pattern} not found in ${path}`);
    after = after.replace(pattern, replacement);
  }
  if (after !== before) writeFileSync(path, after);
  console.log(`stamp-version: ${path} → ${version}`);
}

rewrite(join(here, 'dialogue-widgets/dialogue-widgets.php'), [
  [/^( \* Version:\s+).*$/m, `$1${version}`],
  [/define\( 'DIALOGUE_WIDGETS_VERSION', '[^']*' \);/, `define( 'DIALOGUE_WIDGETS_VERSION', '${version}' );`],
]);
rewrite(join(here, 'dialogue-widgets/blocks/event/block.json'), [[/("version":\s*")[^"]*(")/, `$1${version}$2`]]);
