#!/usr/bin/env bash
# Tests the WordPress plugin's PHP against WordPress's own code, without a web server or a database.
#
#   bash wordpress/tests/run.sh               (from anywhere; CI calls it from the repository root)
#   bash wordpress/tests/run.sh --write-demo  (regenerates demo/wordpress.html's WordPress output instead)
#
# Needs: php (Debian's php-cli is installed when php is missing; that needs root) and WordPress's
# wp-includes, taken from Debian's `wordpress` package (WordPress 6.1, the oldest version the plugin
# supports). The package is unpacked, not installed: installed, it would pull in Apache and MariaDB.
# It is kept in wordpress/tests/.cache/ (git-ignored); set WP_ROOT to use another WordPress directory.
# Prints one line per check and, last, "N passed, M failed"; exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$here/.cache"
export DEBIAN_FRONTEND=noninteractive

apt_updated=0
apt_update() {
  if [[ $apt_updated == 0 ]]; then
    apt-get update -qq
    apt_updated=1
  fi
}

as_root_or_explain() {
  if [[ $(id -u) != 0 ]]; then
    echo "run.sh: $1 is missing and installing it needs root; $2" >&2
    exit 1
  fi
}

if ! command -v php >/dev/null 2>&1; then
  as_root_or_explain php "install php-cli (e.g. sudo apt-get install php-cli) and run again"
  echo "run.sh: installing Debian's php-cli"
  apt_update
  apt-get install -y -qq --no-install-recommends php-cli >/dev/null
fi

wp_root="${WP_ROOT:-$cache/wordpress}"
if [[ ! -f "$wp_root/wp-includes/shortcodes.php" ]]; then
  if [[ -n "${WP_ROOT:-}" ]]; then
    echo "run.sh: WP_ROOT=$WP_ROOT has no wp-includes/shortcodes.php" >&2
    exit 1
  fi
  echo "run.sh: fetching WordPress from Debian's wordpress package"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  download() { (cd "$tmp" && apt-get download -qq -o APT::Sandbox::User=root wordpress); }
  # A fresh machine has no package lists, and an old list may name a superseded version: update once then.
  if ! download 2>/dev/null; then
    apt_update
    download
  fi
  dpkg-deb -x "$tmp"/wordpress_*.deb "$tmp/unpacked"
  mkdir -p "$cache"
  rm -rf "$wp_root"
  mv "$tmp/unpacked/usr/share/wordpress" "$wp_root"
fi

echo "run.sh: $(php -r 'echo "PHP ", PHP_VERSION;'), WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$wp_root/wp-includes/version.php")"
if [[ "${1:-}" == --write-demo ]]; then
  # Regenerates demo/wordpress.html's WordPress output from demo/wordpress-post.txt (see tests/demo-page.php).
  WP_ROOT="$wp_root" php "$here/write-demo.php"
  exit
fi
WP_ROOT="$wp_root" php "$here/test-plugin.php"
