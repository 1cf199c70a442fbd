<?php
/**
 * Loads just enough of real WordPress (wp-includes from Debian's `wordpress` package, i.e. WordPress 6.1,
 * the oldest version the plugin supports) to run the plugin without a database or a web server:
 * hooks, options (served from memory), escaping, kses, formatting (wpautop, wptexturize), shortcodes,
 * the script loader and the block parser/registry are WordPress's own code. Only the database and
 * the theme are stand-ins.
 *
 * WP_ROOT (environment) names the WordPress directory holding wp-includes/.
 *
 * @package DialogueWidgets
 */

error_reporting( E_ALL );
ini_set( 'display_errors', '1' );

// Any PHP notice or warning is a failure: WordPress's own code runs silently on a healthy site.
set_error_handler(
	static function ( $severity, $message, $file, $line ) {
		if ( ! ( error_reporting() & $severity ) ) {
			return false;
		}
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

$wp_root = getenv( 'WP_ROOT' );
if ( ! $wp_root || ! is_file( $wp_root . '/wp-includes/shortcodes.php' ) ) {
	fwrite( STDERR, "bootstrap: set WP_ROOT to a WordPress directory (wp-includes/shortcodes.php not found in '$wp_root')\n" );
	exit( 2 );
}

define( 'ABSPATH', rtrim( $wp_root, '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', dirname( __DIR__ ) );
define( 'WP_CONTENT_URL', 'https://example.test/wp-content' );
define( 'WP_PLUGIN_DIR', dirname( __DIR__ ) ); // wordpress/, which holds dialogue-widgets/.
define( 'WP_PLUGIN_URL', 'https://example.test/wp-content/plugins' );
define( 'WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins' );
define( 'WPMU_PLUGIN_URL', WP_CONTENT_URL . '/mu-plugins' );
define( 'WP_DEBUG', true );
define( 'SCRIPT_DEBUG', false );
define( 'WP_LANG_DIR', WP_CONTENT_DIR . '/languages' );

$wp_includes = array(
	'version.php',
	'load.php',
	'default-constants.php',
	'compat.php',
	'class-wp-error.php',
	'plugin.php',
	'pomo/translations.php',
	'l10n.php',
	'class-wp-textdomain-registry.php',
	'functions.php', // Also loads option.php.
	'cache.php',
	'formatting.php',
	'kses.php',
	'shortcodes.php',
	'link-template.php',
	'http.php',
	'class-wp-dependency.php',
	'class-wp-dependencies.php',
	'class-wp-scripts.php',
	'functions.wp-scripts.php',
	'class-wp-block-parser.php',
	'class-wp-block-type.php',
	'class-wp-block-type-registry.php',
	'class-wp-block-styles-registry.php',
	'class-wp-block-supports.php',
	'class-wp-block-list.php',
	'class-wp-block.php',
	'blocks.php',
	'rest-api.php', // Block attributes are validated with the REST schema functions.
	'general-template.php',
	'taxonomy.php',
	'class-wp-taxonomy.php',
	'class-wp-post.php',
	'class-wp-post-type.php',
	'post.php',
	'post-template.php',
	'rewrite.php',
	'class-wp-rewrite.php',
	'query.php',
	'class-wp-list-util.php',
);
foreach ( $wp_includes as $file ) {
	require_once ABSPATH . WPINC . '/' . $file;
}
unset( $wp_includes, $file );
wp_initial_constants();

// The_content's real filter chain, priorities and all, from WordPress's default-filters.php. Everything
// else it hooks is dropped, as are the_content filters whose code is not loaded here (attachments,
// responsive images: they leave markup like ours alone).
require ABSPATH . WPINC . '/default-filters.php';
$dw_the_content = $GLOBALS['wp_filter']['the_content'];
$GLOBALS['wp_filter'] = array();
foreach ( $dw_the_content->callbacks as $priority => $callbacks ) {
	foreach ( $callbacks as $callback ) {
		if ( is_callable( $callback['function'] ) ) {
			add_filter( 'the_content', $callback['function'], $priority, $callback['accepted_args'] );
		}
	}
}
unset( $dw_the_content, $priority, $callbacks, $callback );

// ---- Stand-ins for what a database and a theme would provide. ----

/**
 * Options live in memory: `pre_option` is WordPress's own short-circuit, so get_option() still runs.
 */
$GLOBALS['dw_test_options'] = array(
	'siteurl'         => 'https://example.test',
	'home'            => 'https://example.test',
	'blogname'        => 'Dialogue Host',
	'date_format'     => 'F j, Y',
	'time_format'     => 'g:i a',
	'blog_charset'    => 'UTF-8',
	'use_smilies'     => '0',
	'html_type'       => 'text/html',
	'WPLANG'          => '',
	'stylesheet'      => 'test-theme',
	'template'        => 'test-theme',
	'active_plugins'  => array(),
	'timezone_string' => 'UTC',
);
add_filter(
	'pre_option',
	static function ( $pre, $option ) {
		return array_key_exists( $option, $GLOBALS['dw_test_options'] ) ? $GLOBALS['dw_test_options'][ $option ] : $pre;
	},
	10,
	2
);

/**
 * A database with nothing in it, for the few reads that get past the option store. Posts live in the object
 * cache (see dw_add_post()), where get_post() looks first; get_col() answers what a test put in $columns.
 */
class DW_Test_Empty_Database {
	public $options = 'wp_options';
	public $posts   = 'wp_posts';
	public $prefix  = 'wp_';
	public $columns = array();
	public function get_col( ...$args ) {
		return $this->columns;
	}
	public function esc_like( $text ) {
		return addcslashes( $text, '_%\\' );
	}
	public function suppress_errors( $suppress = true ) {
		return false;
	}
	public function prepare( $query, ...$args ) {
		return $query;
	}
	public function get_row( ...$args ) {
		return null;
	}
	public function get_results( ...$args ) {
		return array();
	}
	public function get_var( ...$args ) {
		return null;
	}
	public function query( ...$args ) {
		return 0;
	}
}
$GLOBALS['wpdb'] = new DW_Test_Empty_Database();

wp_cache_init();

// Result types, from class-wpdb.php.
define( 'OBJECT', 'OBJECT' );
define( 'OBJECT_K', 'OBJECT_K' );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'ARRAY_N', 'ARRAY_N' );

// Post types and permalinks, as wp-settings.php sets them up (plain permalinks: ?p=ID).
$GLOBALS['wp_rewrite'] = new WP_Rewrite();
create_initial_taxonomies();
create_initial_post_types();

// The site is served over https (is_ssl() reads this).
$_SERVER['HTTPS'] = 'on';

// Set by wp-settings.php on a real site.
$GLOBALS['wp_plugin_paths'] = array();
$GLOBALS['pagenow']         = 'index.php';
$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();

// A classic theme that declares no html5 support, so WordPress 6.1 writes type='text/javascript' and
// the plugin's rewrite to type="module" is tested against the least convenient markup.
function current_theme_supports( $feature, ...$args ) {
	return false;
}
function wp_is_block_theme() {
	return false;
}
function get_template_directory() {
	return WP_CONTENT_DIR . '/themes/test-theme';
}
function get_stylesheet_directory() {
	return WP_CONTENT_DIR . '/themes/test-theme';
}
