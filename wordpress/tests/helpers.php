<?php
/**
 * What the tests need around the plugin: loading it as WordPress would, a page request, and reading
 * the markup back.
 *
 * @package DialogueWidgets
 */

// From wp-admin/includes/template.php, which needs most of wp-admin: recorded, not rendered.
$GLOBALS['dw_settings_fields'] = array();
$GLOBALS['dw_settings_errors'] = array();
function add_settings_field( $id, $title, $callback, $page, $section = 'default', $args = array() ) {
	$GLOBALS['dw_settings_fields'][ $id ] = compact( 'title', 'callback', 'page', 'section', 'args' );
}
function add_settings_error( $setting, $code, $message, $type = 'error' ) {
	$GLOBALS['dw_settings_errors'][] = compact( 'setting', 'code', 'message', 'type' );
}

/**
 * Loads the plugin and runs the hooks WordPress runs on every request (and admin_init, for the setting).
 */
function dw_load_plugin() {
	require WP_PLUGIN_DIR . '/dialogue-widgets/dialogue-widgets.php';
	do_action( 'plugins_loaded' );
	do_action( 'init' );
	do_action( 'admin_init' );
}

/**
 * One front-end page: the head's scripts, the post through the_content, then the footer's scripts,
 * as a theme's header.php / the_content() / footer.php would print them.
 *
 * @param string $content Post content as stored.
 * @return array{head:string,body:string,footer:string,queue:string[]}
 */
function dw_render_page( $content ) {
	// A new request: nothing queued or printed yet, and the handle registered afresh from current options.
	$scripts            = wp_scripts();
	$scripts->queue     = array();
	$scripts->to_do     = array();
	$scripts->done      = array();
	$scripts->in_footer = array();
	$scripts->remove( DIALOGUE_WIDGETS_HANDLE );
	dialogue_widgets_register_script();

	ob_start();
	$scripts->do_head_items();
	$head = ob_get_clean();

	$body  = apply_filters( 'the_content', $content );
	$queue = $scripts->queue;

	ob_start();
	$scripts->do_footer_items();
	$footer = ob_get_clean();

	return compact( 'head', 'body', 'footer', 'queue' );
}

/**
 * The shape of the <noscript> fallback: phrasing content only (strong, time, a, text), every attribute
 * double-quoted with no quote or angle bracket in its value, and no other tag.
 */
const DW_FALLBACK_PATTERN = '<noscript>(?:[^<>"]|<\/?strong>|<time datetime="[^"<>]*">|<\/time>|<a href="[^"<>]*">|<\/a>)*<\/noscript>';

/**
 * Reads back one <dialogue-event> if, and only if, it is exactly one element with nothing inside but,
 * optionally, the <noscript> fallback, and every attribute either bare or double-quoted with no quote
 * or angle bracket in its value.
 *
 * @param string $html Markup.
 * @return array<string,string|true>|null Attribute => value as the browser would decode it.
 */
function dw_element_attributes( $html ) {
	if ( ! preg_match( '/^<dialogue-event((?: [a-z-]+(?:="[^"<>]*")?)*)>(?:' . DW_FALLBACK_PATTERN . ')?<\/dialogue-event>$/', $html, $m ) ) {
		return null;
	}
	preg_match_all( '/ ([a-z-]+)(?:="([^"]*)")?/', $m[1], $pairs, PREG_SET_ORDER );
	$attributes = array();
	foreach ( $pairs as $pair ) {
		$attributes[ $pair[1] ] = isset( $pair[2] ) ? html_entity_decode( $pair[2], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : true;
	}
	return $attributes;
}

/**
 * The opening <script> tags in some markup.
 *
 * @param string $html Markup.
 * @return string[]
 */
function dw_script_tags( $html ) {
	preg_match_all( '/<script\b[^>]*>/i', $html, $m );
	return $m[0];
}

/**
 * The decoded src of a <script> tag.
 *
 * @param string $tag Opening tag.
 * @return string
 */
function dw_script_src( $tag ) {
	return preg_match( '/\ssrc=(["\'])(.*?)\1/', $tag, $m ) ? html_entity_decode( $m[2], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : '';
}

/**
 * Runs $body with a filter added, then removes it.
 *
 * @param string   $hook     Filter.
 * @param callable $callback Its callback.
 * @param callable $body     What to run.
 * @return mixed What $body returns.
 */
function dw_with_filter( $hook, $callback, $body ) {
	add_filter( $hook, $callback );
	try {
		return $body();
	} finally {
		remove_filter( $hook, $callback );
	}
}

/**
 * The element without its <noscript> fallback, for checks about the attributes alone.
 *
 * @param string $html Markup.
 * @return string
 */
function dw_without_fallback( $html ) {
	return preg_replace( '/<noscript>.*?<\/noscript>/s', '', $html );
}

/**
 * The <noscript> fallback inside an element, or null when there is none.
 *
 * @param string $html Markup.
 * @return string|null
 */
function dw_fallback( $html ) {
	return preg_match( '/<noscript>.*?<\/noscript>/s', $html, $m ) ? $m[0] : null;
}

/**
 * What a visitor without JavaScript reads in a fallback: its text, tags removed, entities decoded.
 *
 * @param string|null $fallback The <noscript> markup.
 * @return string
 */
function dw_fallback_text( $fallback ) {
	return html_entity_decode( strip_tags( (string) $fallback ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}
