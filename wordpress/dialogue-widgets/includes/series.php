<?php
/**
 * A series of events: the [dialogue_series] shortcode and the "Dialogue series" block, both writing one escaped
 * <dialogue-series> element. Without a `src`, the series shows this site's own events (the EventSeries the plugin
 * publishes at /wp-json/dialogue-widgets/v1/events).
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'dialogue_widgets_register_series' );

/**
 * Registers [dialogue_series] and the block (from blocks/series/block.json).
 */
function dialogue_widgets_register_series() {
	add_shortcode( 'dialogue_series', 'dialogue_widgets_series_shortcode' );
	if ( function_exists( 'register_block_type' ) ) {
		register_block_type( DIALOGUE_WIDGETS_DIR . '/blocks/series', array( 'render_callback' => 'dialogue_widgets_render_series_block' ) );
	}
}

/**
 * The attributes of <dialogue-series>, in the order they are written, with how each is escaped. Anything else is
 * dropped: the shortcode must not become a way to add event handlers or other attributes to the page.
 *
 * @return array<string,string> attribute name => 'url' | 'count' | 'text'
 */
function dialogue_widgets_series_attribute_kinds() {
	return array(
		'src'              => 'url',
		'upcoming-limit'   => 'count',
		'past-limit'       => 'count',
		'viewer-time-zone' => 'text',
		'lang'             => 'text',
	);
}

/**
 * The feed a series shows when the author names none: this site's own, when the plugin publishes it.
 *
 * @return string An absolute address, or '' for none.
 */
function dialogue_widgets_series_default_src() {
	$src = function_exists( 'dialogue_widgets_series_json_ld' ) && defined( 'DIALOGUE_WIDGETS_REST_NAMESPACE' )
		? rest_url( DIALOGUE_WIDGETS_REST_NAMESPACE . '/events' )
		: '';
	/**
	 * Filters the feed a series without `src` shows ('' for none: the series is then made of what is inside it).
	 *
	 * @param string $src This site's published events, when the plugin publishes them.
	 */
	return (string) apply_filters( 'dialogue_widgets_series_default_src', $src );
}

/**
 * Renders <dialogue-series> with every value escaped, the author's fallback inside, and asks for the script.
 *
 * Attribute names may be written as the element's (`past-limit`), with underscores (`past_limit`) or in camelCase
 * (`pastLimit`, the block's). A `src` that is not http(s) is dropped, and then no default is used either: the
 * author meant another feed. Limits are whole numbers from 0; anything else is left out (the element's default).
 *
 * @param mixed  $atts     Shortcode or block attributes.
 * @param string $fallback Content shown while the feed loads, if it fails, and without JavaScript (post HTML).
 * @return string
 */
function dialogue_widgets_render_series( $atts, $fallback = '' ) {
	$kinds  = dialogue_widgets_series_attribute_kinds();
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		$name = str_replace( '_', '-', strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $key ) ) );
		if ( isset( $kinds[ $name ] ) && is_scalar( $value ) && ! is_bool( $value ) ) {
			$values[ $name ] = trim( preg_replace( '/[ \t\n\r\f\v]+/', ' ', (string) $value ) );
		}
	}
	if ( ! isset( $values['src'] ) || '' === $values['src'] ) {
		$values['src'] = dialogue_widgets_series_default_src();
	}

	$html = '<dialogue-series';
	foreach ( $kinds as $name => $kind ) {
		$value = isset( $values[ $name ] ) ? $values[ $name ] : '';
		if ( 'url' === $kind ) {
			// esc_url() returns '' for any other protocol (javascript:, data:, …).
			$value = esc_url( $value, array( 'http', 'https' ) );
		} elseif ( 'count' === $kind ) {
			$value = preg_match( '/^[0-9]{1,4}$/', $value ) ? (string) (int) $value : '';
		} else {
			$value = esc_attr( $value );
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . $value . '"';
		}
	}
	// The fallback is post content: what the author may post anyway, on one line so auto-paragraphs leave it be.
	$inside = trim( preg_replace( '/\s*\n\s*/', ' ', wp_kses_post( (string) $fallback ) ) );
	$html  .= '>' . $inside . '</dialogue-series>';

	dialogue_widgets_enqueue_script();

	/**
	 * Filters the markup of one <dialogue-series>.
	 *
	 * @param string $html The element, escaped.
	 * @param array  $atts The attributes it was rendered from.
	 */
	return (string) apply_filters( 'dialogue_widgets_series_html', $html, $atts );
}

/**
 * The [dialogue_series] shortcode: self-closing, or around a fallback ([dialogue_series]See <a …>our events</a>[/dialogue_series]).
 *
 * @param array|string $atts    Parsed attributes; '' when the shortcode has none.
 * @param string|null  $content Enclosed content.
 * @return string
 */
function dialogue_widgets_series_shortcode( $atts, $content = null ) {
	return dialogue_widgets_render_series( is_array( $atts ) ? $atts : array(), (string) $content );
}

/**
 * Renders the block: its attributes are the element's in camelCase, its fallback text a plain attribute.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function dialogue_widgets_render_series_block( $attributes ) {
	$fallback = isset( $attributes['fallback'] ) && is_string( $attributes['fallback'] ) ? esc_html( $attributes['fallback'] ) : '';
	return dialogue_widgets_render_series( $attributes, '' !== $fallback ? '<p>' . $fallback . '</p>' : '' );
}
