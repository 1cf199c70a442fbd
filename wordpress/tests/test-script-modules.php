<?php
/**
 * The WordPress 6.5+ path: the library goes through the Script Modules API instead of a rewritten
 * classic script tag.
 *
 * The WordPress these tests load is 6.1 (the oldest supported), which has no such API, so it is stood in
 * for by a small recorder that behaves as WordPress documents wp_register_script_module() and
 * wp_enqueue_script_module(): a second registration of an id is ignored, an id is enqueued once
 * however often it is asked for, and each enqueued module prints as one <script type="module">.
 * Everything else (shortcodes, escaping, hooks, options) is still WordPress's own code.
 *
 * Run by test-plugin.php in its own process.
 *
 * @package DialogueWidgets
 */

require __DIR__ . '/bootstrap.php';
require __DIR__ . '/lib.php';
require __DIR__ . '/helpers.php';

$GLOBALS['dw_modules'] = array();

function wp_register_script_module( $id, $src, $deps = array(), $version = false ) {
	$GLOBALS['dw_modules']['calls'][] = array( 'register', $id );
	if ( ! isset( $GLOBALS['dw_modules']['registered'][ $id ] ) ) {
		$GLOBALS['dw_modules']['registered'][ $id ] = compact( 'src', 'deps', 'version' );
	}
}

function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
	$GLOBALS['dw_modules']['calls'][]          = array( 'enqueue', $id );
	$GLOBALS['dw_modules']['enqueued'][ $id ] = true;
}

/** Prints the enqueued modules the way WP_Script_Modules::print_enqueued_script_modules() does. */
function dw_print_script_modules() {
	foreach ( array_keys( $GLOBALS['dw_modules']['enqueued'] ) as $id ) {
		$module = $GLOBALS['dw_modules']['registered'][ $id ];
		$src    = null === $module['version'] ? $module['src'] : add_query_arg( 'ver', false === $module['version'] ? $GLOBALS['wp_version'] : $module['version'], $module['src'] );
		printf( '<script type="module" src="%s" id="%s"></script>' . "\n", esc_url( $src ), esc_attr( $id . '-js-module' ) );
	}
}

/** A new request: nothing registered or enqueued, then WordPress's init. */
function dw_module_request( $content ) {
	$GLOBALS['dw_modules'] = array(
		'registered' => array(),
		'enqueued'   => array(),
		'calls'      => array(),
	);
	$scripts        = wp_scripts();
	$scripts->queue = array();
	dialogue_widgets_register_script();
	$body = apply_filters( 'the_content', $content );
	ob_start();
	dw_print_script_modules();
	$footer = ob_get_clean();
	return array(
		'body'    => $body,
		'footer'  => $footer,
		'classic' => $scripts->queue,
		'modules' => $GLOBALS['dw_modules'],
	);
}

dw_load_plugin();

$three = "[dialogue_event name=\"A\"]\n\n[dialogue_event name=\"B\"]\n\nText [dialogue_event name=\"C\"]";

section(
	'script modules (WordPress 6.5+)',
	static function () use ( $three ) {
		check( 'the plugin uses the Script Modules API when WordPress has it', dialogue_widgets_uses_script_modules() );

		$page = dw_module_request( $three );
		check_same( 'three events: three elements', 3, substr_count( $page['body'], '<dialogue-event ' ) );
		check_same( 'the module is registered under one id', array( DIALOGUE_WIDGETS_HANDLE ), array_keys( $page['modules']['registered'] ) );
		check( 'the version starts with the plugin\'s', 0 === strpos( (string) dialogue_widgets_script_version(), DIALOGUE_WIDGETS_VERSION ) );
		check_same(
			'from the bundled copy, versioned',
			array(
				'src'     => 'https://example.test/wp-content/plugins/dialogue-widgets/assets/dialogue-widgets.js',
				'deps'    => array(),
				'version' => dialogue_widgets_script_version(), // 0.1.0, or 0.1.0-<mtime> once built.
			),
			$page['modules']['registered'][ DIALOGUE_WIDGETS_HANDLE ] ?? null
		);
		check_same( 'enqueued: one id', array( DIALOGUE_WIDGETS_HANDLE ), array_keys( $page['modules']['enqueued'] ) );
		check_same( 'no classic script as well', array(), $page['classic'] );
		$tags = dw_script_tags( $page['footer'] );
		check_same( 'one <script type="module"> printed', 1, count( $tags ) );
		check( 'no <script> in the post', false === stripos( $page['body'], '<script' ), $page['body'] );

		$page = dw_module_request( 'No events.' );
		check_same( 'a page without events enqueues nothing', array(), $page['modules']['enqueued'] );
		check_same( 'and prints nothing', '', $page['footer'] );

		$cdn = 'https://cdn.example.org/dialogue-widgets@0.1.0/dist/dialogue-widgets.js';
		$GLOBALS['dw_test_options'][ DIALOGUE_WIDGETS_OPTION ] = $cdn;
		$page = dw_module_request( $three );
		check_same(
			'a CDN address replaces the source, with no version query',
			array(
				'src'     => $cdn,
				'deps'    => array(),
				'version' => null,
			),
			$page['modules']['registered'][ DIALOGUE_WIDGETS_HANDLE ] ?? null
		);
		check_same( 'with a CDN address: the printed src', $cdn, dw_script_src( dw_script_tags( $page['footer'] )[0] ?? '' ) );
		unset( $GLOBALS['dw_test_options'][ DIALOGUE_WIDGETS_OPTION ] );

		$page = dw_with_filter( 'dialogue_widgets_use_script_modules', '__return_false', static function () use ( $three ) {
			return dw_module_request( $three );
		} );
		check_same( 'dialogue_widgets_use_script_modules = false: no module', array(), $page['modules']['enqueued'] );
		check_same( 'dialogue_widgets_use_script_modules = false: the classic handle instead, once', array( DIALOGUE_WIDGETS_HANDLE ), $page['classic'] );
	}
);

finish();
