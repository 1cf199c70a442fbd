#!/usr/bin/env bash
# Puts the library into the plugin: copies the main project's dist/dialogue-widgets.js (the one
# self-contained ES module) to wordpress/dialogue-widgets/assets/, building it first when it is missing,
# and zips the plugin for upload (Plugins → Add New → Upload) when `zip` is installed.
#   bash wordpress/build-plugin.sh            # from anywhere
#   bash wordpress/build-plugin.sh --no-build # copy only; fail if dist/ has not been built
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bundle="$root/dist/dialogue-widgets.js"

if [[ ! -f "$bundle" ]]; then
  if [[ "${1:-}" == "--no-build" ]]; then
    echo "build-plugin: $bundle is missing; run 'npm run build' in $root first" >&2
    exit 1
  fi
  (cd "$root" && npm run build)
fi

cp "$bundle" "$here/dialogue-widgets/assets/dialogue-widgets.js"
# The bundle names its source map on its last line: ship the map too, or browsers' tools ask for it in vain.
if [[ -f "$bundle.map" ]]; then cp "$bundle.map" "$here/dialogue-widgets/assets/dialogue-widgets.js.map"; fi
echo "build-plugin: copied dist/dialogue-widgets.js (and its map) into wordpress/dialogue-widgets/assets/"

if command -v zip >/dev/null 2>&1; then
  rm -f "$here/dialogue-widgets.zip"
  (cd "$here" && zip -qr dialogue-widgets.zip dialogue-widgets -x 'dialogue-widgets/assets/.gitkeep')
  echo "build-plugin: wrote wordpress/dialogue-widgets.zip"
fi
