<?php
/**
 * Loads dialogue-widgets.js once per page, as a module, only on pages that show an event.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Script handle (WordPress 6.1–6.4) and script module id (6.5+). */
const DIALOGUE_WIDGETS_HANDLE = 'dialogue-widgets';

/**
 * Whether to load the library through the Script Modules API (WordPress 6.5+) rather than as a classic
 * script whose tag is rewritten to type="module".
 *
 * @return bool
 */
function dialogue_widgets_uses_script_modules() {
	/**
	 * Filters whether the Script Modules API is used when WordPress has it.
	 *
	 * Return false to keep the classic script handle, e.g. for an optimisation plugin that only knows
	 * wp_enqueue_script().
	 *
	 * @param bool $use Default true.
	 */
	return function_exists( 'wp_register_script_module' )
		&& function_exists( 'wp_enqueue_script_module' )
		&& apply_filters( 'dialogue_widgets_use_script_modules', true );
}

/**
 * The address the library is loaded from: the CDN address from Settings → General when one is set, else
 * the copy bundled in the plugin.
 *
 * @return string
 */
function dialogue_widgets_script_src() {
	$src = dialogue_widgets_sanitize_script_url( get_option( DIALOGUE_WIDGETS_OPTION, '' ), false );
	if ( '' === $src ) {
		$src = plugins_url( 'assets/dialogue-widgets.js', DIALOGUE_WIDGETS_FILE );
	}
	/**
	 * Filters the address of dialogue-widgets.js.
	 *
	 * @param string $src Absolute URL.
	 */
	return apply_filters( 'dialogue_widgets_script_src', $src );
}

/**
 * The version appended as ?ver= to the bundled copy, so a plugin update busts caches. A CDN address
 * gets none: it names its own version, and some CDNs treat an unknown query as a different file.
 *
 * @return string|null
 */
function dialogue_widgets_script_version() {
	if ( '' !== dialogue_widgets_sanitize_script_url( get_option( DIALOGUE_WIDGETS_OPTION, '' ), false ) ) {
		return null;
	}
	$file = DIALOGUE_WIDGETS_DIR . '/assets/dialogue-widgets.js';
	return DIALOGUE_WIDGETS_VERSION . ( is_readable( $file ) ? '-' . filemtime( $file ) : '' );
}

/**
 * Registers the library (not enqueued: that happens only when an event is rendered).
 */
function dialogue_widgets_register_script() {
	if ( dialogue_widgets_uses_script_modules() ) {
		// Registering an id twice is a no-op in WP_Script_Modules.
		wp_register_script_module( DIALOGUE_WIDGETS_HANDLE, dialogue_widgets_script_src(), array(), dialogue_widgets_script_version() );
		return;
	}
	if ( ! wp_script_is( DIALOGUE_WIDGETS_HANDLE, 'registered' ) ) {
		// In the footer: shortcodes and blocks are rendered after wp_head has printed the head scripts.
		wp_register_script( DIALOGUE_WIDGETS_HANDLE, dialogue_widgets_script_src(), array(), dialogue_widgets_script_version(), true );
	}
}

/**
 * Enqueues the library. Called by every render; WordPress keeps one entry per handle, so three events on
 * a page load it once.
 */
function dialogue_widgets_enqueue_script() {
	dialogue_widgets_register_script();
	if ( dialogue_widgets_uses_script_modules() ) {
		wp_enqueue_script_module( DIALOGUE_WIDGETS_HANDLE );
	} else {
		wp_enqueue_script( DIALOGUE_WIDGETS_HANDLE );
	}
}

/**
 * Loads the library for elements written as markup rather than through the shortcode or block: what
 * authors with unfiltered_html paste into a Custom HTML block, the classic editor or an HTML widget.
 * Hooked after do_shortcode, so a post with both still loads it once.
 *
 * @param string $content Filtered content.
 * @return string The content, unchanged.
 */
function dialogue_widgets_enqueue_for_markup( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<dialogue-' ) ) {
		dialogue_widgets_enqueue_script();
	}
	return $content;
}

/**
 * Makes the classic script tag a module script (WordPress 6.1–6.4, or when script modules are turned off).
 *
 * Only the tag that loads our file is touched: inline scripts other code attaches to the handle keep
 * their type. Any type="text/javascript" WordPress writes for themes without html5 support is replaced.
 *
 * @param string $tag    The <script> markup for the handle.
 * @param string $handle Script handle.
 * @return string
 */
function dialogue_widgets_script_loader_tag( $tag, $handle ) {
	if ( DIALOGUE_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b[^>]*\bsrc=[^>]*>/i',
		static function ( $match ) {
			$open = preg_replace( '/\s+type=(["\'])[^"\']*\1/i', '', $match[0] );
			return preg_replace( '/^<script\b/i', '<script type="module"', $open );
		},
		$tag,
		1
	);
}
