// A real WordPress 6.8 site for end-to-end tests: Debian 13's WordPress and Twenty Twenty-Five on MariaDB,
// served by `php -S`, with this worktree's plugin (wordpress/dialogue-widgets) active.
//
//   import { startSite } from './site.mjs';
//   const site = await startSite();            // or startSite({ options: { timezone_string: 'Africa/Maputo' } })
//   try {
//     site.url                                 // 'http://127.0.0.1:PORT' (no trailing slash); permalinks /%postname%/
//     site.admin                               // { user: 'admin', password } for wp-login.php
//     await site.php(`echo get_bloginfo('name');`)   // PHP run inside the site; resolves with what it printed
//     await site.phpJson(`return get_option('timezone_string');`) // the same, for a value `return`ed as JSON
//     await site.insertPost({ post_title: 'T', post_content: '<!-- wp:… /-->' })   // wp_insert_post; resolves with the id
//     site.debugLog()                          // PHP notices/warnings the site logged so far ('' when none)
//   } finally {
//     await site.stop();                       // stops what it started, removes the site and its database
//   }
//
// php(code): `code` is PHP without the opening tag, run by php-cli after wp-load.php (and wp-admin's
// includes) as the administrator (user 1, so kses lets block markup through), e.g.
//   const id = Number(await site.php(`echo wp_insert_post(['post_status' => 'publish', 'post_title' => 'T',
//     'post_content' => '<!-- wp:dialogue-widgets/event {"name":"N"} /-->']);`));
// It rejects when PHP exits non-zero (a fatal error, an uncaught exception). Mind WordPress's slashing: wp_insert_post()
// strips one level of backslashes, so block markup whose JSON holds escapes ("\n", "\u003c") must go through
// wp_slash() first; insertPost(fields) does that for you (fields as for wp_insert_post; post_status defaults to
// publish) and rejects with WordPress's message when the post cannot be saved.
//
// What it does, and what it needs (installed with apt-get when missing, which needs root, as in CI):
// - php-cli with mysqli (php-mysql) and MariaDB (mariadb-server).
// - WordPress 6.8: Debian 13 ("trixie")'s wordpress and wordpress-theme-twentytwentyfive packages and the few
//   libraries Debian links in place of WordPress's bundled copies (underscore, lodash, cropper, getID3), fetched
//   with apt-get from Debian's archive without touching the machine's apt sources, unpacked once into
//   wordpress/e2e/.cache/ (git-ignored; delete it to fetch again).
// - The database: when a MariaDB server answers on the system socket, a fresh database on it (dropped at stop);
//   otherwise a private server of its own (own data directory and socket in /tmp, no TCP port), stopped and
//   removed at stop. A private server never disturbs another test run or a server someone else started.
// - The site: a fresh copy (hard links) of WordPress per run in .cache/sites/, a plain wp-config.php
//   (WP_DEBUG logging to the site's debug.log, no display; cron and outside HTTP off, so nothing waits on the
//   network), wp_install(), Twenty Twenty-Five, pretty permalinks, and the plugin copied from this worktree with
//   the repository's dist/dialogue-widgets.js (built with `npm run build` when missing or older than src/) in its assets/, as
//   wordpress/build-plugin.sh puts it there.
// - `php -S 127.0.0.1:<free port>` with a few workers, so a browser's parallel requests do not queue.
// stop() is also run when the process exits or is interrupted, so a failed test leaves nothing running.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  chownSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const cache = join(here, '.cache');
const wordpressRoot = join(cache, 'wordpress-6.8');

const DEBIAN_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentyfive',
  // Debian replaces these bundled files with links to its own packages: the Media Library needs underscore,
  // the block editor lodash.
  'libjs-underscore',
  'libjs-lodash',
  'libjs-cropper',
  'php-getid3',
];

const isRoot = process.getuid?.() === 0;

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function succeeds(command, args) {
  try {
    run(command, args);
    return true;
  } catch {
    return false;
  }
}

function findCommand(...names) {
  for (const name of names) {
    for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin', '/sbin', '/bin']) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** php-cli with mysqli and a MariaDB server: installed from Debian when missing (root only). */
function ensurePackages() {
  const missing = [];
  if (!findCommand('php')) missing.push('php-cli', 'php-mysql');
  else if (!succeeds('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'])) missing.push('php-mysql');
  if (!findCommand('mariadbd', 'mysqld') || !findCommand('mariadb-install-db', 'mysql_install_db')) {
    missing.push('mariadb-server');
  }
  if (!missing.length) return;
  if (!isRoot) {
    throw new Error(
      `site.mjs: ${missing.join(', ')} missing; install them (sudo apt-get install ${missing.join(' ')})`,
    );
  }
  console.error(`site.mjs: installing ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Unpacks Debian 13's WordPress 6.8 into .cache/wordpress-6.8 once (a finished copy is renamed into place). */
function ensureWordPress() {
  if (existsSync(join(wordpressRoot, 'wp-includes/version.php'))) return;
  const apt = join(cache, 'apt');
  mkdirSync(join(apt, 'lists/partial'), { recursive: true });
  mkdirSync(join(apt, 'archives/partial'), { recursive: true });
  writeFileSync(
    join(apt, 'sources.list'),
    'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main\n',
  );
  const options = [
    `-o`,
    `Dir::Etc::sourcelist=${join(apt, 'sources.list')}`,
    `-o`,
    `Dir::Etc::sourceparts=/dev/null`,
    `-o`,
    `Dir::State::Lists=${join(apt, 'lists')}`,
    `-o`,
    `Dir::Cache=${apt}`,
    `-o`,
    `APT::Sandbox::User=${isRoot ? 'root' : (process.env.USER ?? 'nobody')}`,
  ];
  const debs = join(apt, 'debs');
  mkdirSync(debs, { recursive: true });
  const have = () => readdirSync(debs).filter((f) => f.endsWith('.deb'));
  const allThere = () => DEBIAN_PACKAGES.every((p) => have().some((f) => f.startsWith(`${p}_`)));
  if (!allThere()) {
    console.error('site.mjs: fetching WordPress 6.8 from Debian 13 (trixie)');
    run('apt-get', [...options, 'update', '-qq']);
    run('apt-get', [...options, 'download', '-qq', ...DEBIAN_PACKAGES], { cwd: debs });
  }
  const unpacked = mkdtempSync(join(cache, 'unpacking-'));
  for (const deb of have()) run('dpkg-deb', ['-x', join(debs, deb), unpacked]);
  const wp = join(unpacked, 'usr/share/wordpress');
  // Links that point outside the package (/etc/wordpress/htaccess, the system's CA bundle) go; Debian's
  // relative links into its libraries now resolve inside the unpacked tree and are copied as files.
  for (const link of ['.htaccess', 'wp-includes/certificates/ca-bundle.crt']) rmSync(join(wp, link), { force: true });
  cpSync(wp, join(unpacked, 'wordpress'), { recursive: true, dereference: true });
  if (existsSync('/etc/ssl/certs/ca-certificates.crt')) {
    cpSync('/etc/ssl/certs/ca-certificates.crt', join(unpacked, 'wordpress/wp-includes/certificates/ca-bundle.crt'));
  }
  // Debian's wp-config.php reads /etc/wordpress/; every site gets a plain one instead.
  rmSync(join(unpacked, 'wordpress/wp-config.php'), { force: true });
  try {
    renameSync(join(unpacked, 'wordpress'), wordpressRoot);
  } catch (error) {
    if (!existsSync(join(wordpressRoot, 'wp-includes/version.php'))) throw error; // else another run won
  }
  rmSync(unpacked, { recursive: true, force: true });
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** A deadline that does not keep the process alive by itself. */
const deadline = (ms) => new Promise((done) => setTimeout(done, ms).unref());

function sqlString(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * A database for one site: on the server that answers on the system socket, or on a private one.
 * Resolves with { host (DB_HOST), name, user, password, stop() }.
 */
async function startDatabase(stack) {
  const client = findCommand('mariadb', 'mysql');
  const name = `dw_e2e_${randomBytes(4).toString('hex')}`;
  const user = name;
  const password = randomBytes(12).toString('hex');
  const create = [
    `CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    `CREATE USER ${sqlString(user)}@'localhost' IDENTIFIED BY ${sqlString(password)}`,
    `GRANT ALL PRIVILEGES ON ${name}.* TO ${sqlString(user)}@'localhost'`,
  ].join('; ');

  if (isRoot && succeeds(client, ['-uroot', '-e', 'SELECT 1'])) {
    run(client, ['-uroot', '-e', create]);
    stack.push(() => {
      run(client, [
        '-uroot',
        '-e',
        `DROP DATABASE IF EXISTS ${name}; DROP USER IF EXISTS ${sqlString(user)}@'localhost'`,
      ]);
    });
    // Where that server listens, so PHP need not guess its compiled-in default socket.
    const socket = run(client, ['-uroot', '-N', '-B', '-e', 'SELECT @@socket']).trim();
    return { host: socket ? `localhost:${socket}` : 'localhost', name, user, password };
  }

  // No server of our own to use: start a private one.
  const dir = mkdtempSync(join(tmpdir(), 'dw-e2e-db-'));
  stack.push(() => rmSync(dir, { recursive: true, force: true }));
  const data = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  const asUser = isRoot ? ['--user=mysql'] : [];
  if (isRoot) chownSync(dir, Number(run('id', ['-u', 'mysql']).trim()), Number(run('id', ['-g', 'mysql']).trim()));
  run(findCommand('mariadb-install-db', 'mysql_install_db'), [
    '--no-defaults',
    `--datadir=${data}`,
    ...asUser,
    '--skip-test-db',
    '--auth-root-authentication-method=socket',
  ]);
  const server = spawn(
    findCommand('mariadbd', 'mysqld'),
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      `--log-error=${join(dir, 'error.log')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=8M',
      ...asUser,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((done) => server.once('exit', done));
  stack.push(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await Promise.race([exited, deadline(10_000)]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
  const rootUser = isRoot ? 'root' : process.env.USER;
  for (let tries = 0; ; tries++) {
    if (succeeds(client, [`--socket=${socket}`, `-u${rootUser}`, '-e', 'SELECT 1'])) break;
    if (server.exitCode !== null || tries > 300) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`site.mjs: MariaDB did not start:\n${log.slice(-2000)}`);
    }
    await sleep(100);
  }
  run(client, [`--socket=${socket}`, `-u${rootUser}`, '-e', create]);
  return { host: `localhost:${socket}`, name, user, password, pid: server.pid };
}

function wpConfig({ db, url, dir }) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `<?php
// Written by wordpress/e2e/site.mjs for one test run.
define( 'DB_NAME', ${php(db.name)} );
define( 'DB_USER', ${php(db.user)} );
define( 'DB_PASSWORD', ${php(db.password)} );
define( 'DB_HOST', ${php(db.host)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

// Only what keeps a test site quiet and quick: WordPress.org is out of reach, so the update checks would log a
// warning on every admin page.
const MU_PLUGIN = `<?php
// Written by wordpress/e2e/site.mjs: a test site never asks WordPress.org for updates.
add_action( 'init', static function () {
	remove_action( 'admin_init', '_maybe_update_core' );
	remove_action( 'admin_init', '_maybe_update_plugins' );
	remove_action( 'admin_init', '_maybe_update_themes' );
	remove_action( 'wp_version_check', 'wp_version_check' );
	remove_action( 'load-plugins.php', 'wp_update_plugins' );
	remove_action( 'load-update-core.php', 'wp_update_plugins' );
	remove_action( 'load-themes.php', 'wp_update_themes' );
	remove_action( 'load-update-core.php', 'wp_update_themes' );
} );
add_filter( 'pre_site_transient_update_core', static function () {
	return (object) array( 'last_checked' => time(), 'version_checked' => get_bloginfo( 'version' ), 'updates' => array() );
} );
`;

/** The newest modification time of any file under dir. */
function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Copies the worktree's plugin into the site, with the repository's built bundle in its assets/. */
function installPlugin(site, pluginSource) {
  const bundle = join(repo, 'dist/dialogue-widgets.js');
  if (!existsSync(bundle) || newestIn(join(repo, 'src')) > statSync(bundle).mtimeMs) {
    console.error('site.mjs: dist/dialogue-widgets.js is missing or older than src/; running npm run build');
    run('npm', ['run', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const target = join(site, 'wp-content/plugins/dialogue-widgets');
  cpSync(pluginSource, target, {
    recursive: true,
    filter: (source) => !/\/assets\/dialogue-widgets\.js(\.map)?$/.test(source),
  });
  cpSync(bundle, join(target, 'assets/dialogue-widgets.js'));
  if (existsSync(`${bundle}.map`)) cpSync(`${bundle}.map`, join(target, 'assets/dialogue-widgets.js.map'));
}

/** A PHP single-quoted string literal holding `text`. */
function phpString(text) {
  return `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function phpPrelude(site, host, installing) {
  return `<?php
${installing ? "define( 'WP_INSTALLING', true );" : ''}
$_SERVER['HTTP_HOST'] = ${JSON.stringify(host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require ${JSON.stringify(join(site, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/admin.php';
${installing ? '' : 'wp_set_current_user( 1 );'}
`;
}

/**
 * Starts a WordPress 6.8 site. See the top of this file.
 * @param {{ options?: Record<string, unknown>, plugin?: string, title?: string }} [settings]
 *   options: WordPress options set after the install (update_option), e.g. { timezone_string: 'Africa/Maputo' };
 *   plugin: the plugin folder to install (default: this worktree's wordpress/dialogue-widgets).
 */
export async function startSite(settings = {}) {
  const stack = []; // what to undo, last first
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal);
    while (stack.length) {
      try {
        await stack.pop()();
      } catch (error) {
        console.error(`site.mjs: while stopping: ${error.message}`);
      }
    }
  };
  // Last resort on exit: kill synchronously what runs (no cleanup of files is possible then).
  const processes = [];
  const stopNow = () => {
    for (const pid of processes) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const onSignal = async (signal) => {
    await stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', stopNow);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, onSignal);

  try {
    ensurePackages();
    ensureWordPress();
    const db = await startDatabase(stack);
    if (db.pid) processes.push(db.pid);

    mkdirSync(join(cache, 'sites'), { recursive: true });
    // Sites left by a run that was killed outright (stop() never ran) go after a day.
    for (const old of readdirSync(join(cache, 'sites'))) {
      const path = join(cache, 'sites', old);
      if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
    }
    const site = mkdtempSync(join(cache, 'sites/site-'));
    stack.push(() => rmSync(site, { recursive: true, force: true }));
    // Hard links are quick and cost no space; a copy where the file system refuses them.
    try {
      run('cp', ['-al', `${wordpressRoot}/.`, site]);
    } catch {
      cpSync(wordpressRoot, site, { recursive: true });
    }
    installPlugin(site, settings.plugin ?? join(repo, 'wordpress/dialogue-widgets'));
    mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(site, 'wp-content/mu-plugins/dw-e2e-quiet.php'), MU_PLUGIN);

    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}`;
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ db, url, dir: site }));

    const scratch = mkdtempSync(join(tmpdir(), 'dw-e2e-php-'));
    stack.push(() => rmSync(scratch, { recursive: true, force: true }));
    let scripts = 0;
    const php = (code, installing = false) =>
      new Promise((done, fail) => {
        const file = join(scratch, `run-${++scripts}.php`);
        writeFileSync(file, `${phpPrelude(site, host, installing)}\n${code}\n`);
        execFile(
          'php',
          [file],
          { cwd: site, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => {
            if (error) fail(new Error(`site.php failed (${error.code}):\n${stdout}${stderr}\n--- code ---\n${code}`));
            else done(stdout);
          },
        );
      });
    const phpJson = async (code) => {
      const out = await php(
        `$dw_e2e_result = ( static function () { ${code}\n } )();\necho "\\n@@json@@", wp_json_encode( $dw_e2e_result );`,
      );
      return JSON.parse(out.slice(out.lastIndexOf('@@json@@') + 8));
    };

    const password = randomBytes(9).toString('base64url');
    const options = { timezone_string: 'UTC', ...(settings.options ?? {}) };
    await php(
      `
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( ${JSON.stringify(settings.title ?? 'Dialogue Host')}, 'admin', 'admin@example.test', false, '', ${JSON.stringify(password)} );
if ( is_wp_error( $result['password'] ?? null ) ) { fwrite( STDERR, 'wp_install failed' ); exit( 1 ); }
wp_set_current_user( 1 );
switch_theme( 'twentytwentyfive' );
$active = activate_plugin( 'dialogue-widgets/dialogue-widgets.php' );
if ( is_wp_error( $active ) ) { fwrite( STDERR, $active->get_error_message() ); exit( 1 ); }
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
foreach ( json_decode( ${JSON.stringify(JSON.stringify(options))}, true ) as $name => $value ) {
	update_option( $name, $value );
}
flush_rewrite_rules( false );
// The editor opens straight onto the post, without its welcome tour.
update_user_meta( 1, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), 'core' => array( 'enableChoosePatternModal' => false ), '_modified' => gmdate( 'c' ) ) );
echo 'installed';
`,
      true,
    ).then((out) => {
      if (!out.endsWith('installed')) throw new Error(`site.mjs: wp_install did not finish:\n${out}`);
    });

    const server = spawn('php', ['-S', host, '-t', site], {
      cwd: site,
      detached: true, // its own process group: the workers stop with it
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    processes.push(-server.pid);
    let serverLog = '';
    server.stderr.on('data', (chunk) => {
      serverLog = (serverLog + chunk).slice(-20_000);
    });
    const serverExited = new Promise((done) => server.once('exit', done));
    stack.push(async () => {
      if (server.exitCode !== null) return;
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([serverExited, deadline(5_000)]);
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    for (let tries = 0; ; tries++) {
      try {
        const response = await fetch(`${url}/wp-login.php`);
        if (response.ok) break;
      } catch {
        // not listening yet: try again
      }
      if (server.exitCode !== null || tries > 100) throw new Error(`site.mjs: php -S did not start:\n${serverLog}`);
      await sleep(100);
    }

    return {
      url,
      admin: { user: 'admin', password },
      php: (code) => php(code),
      phpJson,
      insertPost: async (fields) => {
        const id = await phpJson(`
          $fields = json_decode( ${phpString(JSON.stringify({ post_status: 'publish', ...fields }))}, true );
          $id = wp_insert_post( wp_slash( $fields ), true );
          if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
          return $id;`);
        return id;
      },
      debugLog: () => (existsSync(join(site, 'debug.log')) ? readFileSync(join(site, 'debug.log'), 'utf8') : ''),
      dir: site,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
