<?php
/**
 * Turns shortcode or block attributes into one escaped <dialogue-event> element.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes of <dialogue-event> (see API.md), in the order they are written, with how each is escaped.
 *
 * Anything not listed here is dropped: the shortcode is the path for authors who may not post arbitrary
 * markup, so it must not become a way to add event handlers or other attributes to the page.
 *
 * @return array<string,string> attribute name => 'text' | 'url' | 'boolean'
 */
function dialogue_widgets_attribute_kinds() {
	return array(
		'name'                => 'text',
		'start'               => 'text',
		'end'                 => 'text',
		'time-zone'           => 'text',
		'status'              => 'text',
		'register-url'        => 'url',
		'registration-closes' => 'text',
		'recording-url'       => 'url',
		'join-url'            => 'url',
		'image'               => 'url',
		'image-alt'           => 'text',
		'viewer-time-zone'    => 'text',
		'canonical'           => 'boolean',
		'src'                 => 'url',
		'lang'                => 'text',
	);
}

/**
 * Maps the spellings authors use onto the element's attribute names and drops everything else.
 *
 * WordPress's shortcode parser accepts hyphens in attribute names (`register-url="…"`), but guides and
 * habits from other shortcodes use underscores (`register_url`), and block attributes are camelCase
 * (`registerUrl`); all three are accepted. When one attribute is given twice, the element's own
 * spelling wins whatever the order.
 *
 * @param mixed $atts Shortcode attributes ('' when there are none) or block attributes.
 * @return array<string,string|bool> element attribute name => raw value
 */
function dialogue_widgets_normalise_attributes( $atts ) {
	$kinds = dialogue_widgets_attribute_kinds();
	$found = array();
	$exact = array();

	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word, as in [dialogue_event canonical]: only boolean attributes may be written so.
			if ( ! is_string( $value ) ) {
				continue;
			}
			$key   = strtolower( trim( $value ) );
			$value = true;
		}
		if ( null === $value || ! ( is_scalar( $value ) ) ) {
			continue;
		}
		$key  = (string) $key;
		$name = strtolower( preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', $key ) );
		$name = str_replace( '_', '-', $name );
		if ( ! isset( $kinds[ $name ] ) ) {
			continue;
		}
		$is_exact = ( strtolower( $key ) === $name );
		if ( isset( $found[ $name ] ) && ! $is_exact && ! empty( $exact[ $name ] ) ) {
			continue;
		}
		if ( 'boolean' === $kinds[ $name ] ) {
			$value = dialogue_widgets_is_true( $value );
		} elseif ( is_bool( $value ) ) {
			continue;
		}
		$found[ $name ] = $value;
		$exact[ $name ] = $is_exact || ! empty( $exact[ $name ] );
	}

	$ordered = array();
	foreach ( $kinds as $name => $kind ) {
		if ( array_key_exists( $name, $found ) ) {
			$ordered[ $name ] = $found[ $name ];
		}
	}
	return $ordered;
}

/**
 * Reads a boolean attribute the way authors write it: bare, "true", "1", "yes", "on" or empty mean on.
 *
 * @param mixed $value Raw value.
 * @return bool
 */
function dialogue_widgets_is_true( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
}

/**
 * The fallback for visitors without JavaScript: a <noscript> with the name, the start as written (with
 * the event's zone) and the registration link, or '' when there is none of these (a `src`-only event).
 *
 * The card treats a <noscript> child as not part of the description, so it never shows twice. The content
 * is phrasing only (<strong>, <time>, <a>, text) on one line: were a theme to run wpautop over the output
 * again, a block element such as <p> would close an enclosing <p>, and with it the element, for visitors
 * without scripts (for them the parser reads <noscript> content as markup).
 *
 * @param array<string,string|bool> $atts Normalised attributes (element names => raw values).
 * @return string Escaped markup.
 */
function dialogue_widgets_render_fallback( $atts ) {
	$text = static function ( $name ) use ( $atts ) {
		if ( ! isset( $atts[ $name ] ) || ! is_string( $atts[ $name ] ) ) {
			return '';
		}
		// As in the attributes: whitespace collapsed, and invalid UTF-8 (which esc_html() rejects) left out.
		return trim( preg_replace( '/[ \t\n\r\f\v]+/', ' ', $atts[ $name ] ) );
	};
	$parts = array();

	$name = esc_html( $text( 'name' ) );
	if ( '' !== $name ) {
		$parts[] = '<strong>' . $name . '</strong>';
	}

	$start = $text( 'start' );
	if ( '' !== esc_html( $start ) ) {
		// The block, which has read the time, gives it in words ('start-label'); the shortcode shows it as written.
		$label = '' !== esc_html( $text( 'start-label' ) ) ? $text( 'start-label' ) : $start;
		$when  = '<time datetime="' . esc_attr( $start ) . '">' . esc_html( $label ) . '</time>';
		$zone = esc_html( $text( 'time-zone' ) );
		$parts[] = '' !== $zone ? $when . ' (' . $zone . ')' : $when;
	}

	$statuses = array(
		'cancelled'    => __( 'Cancelled', 'dialogue-widgets' ),
		'postponed'    => __( 'Postponed', 'dialogue-widgets' ),
		'rescheduled'  => __( 'Rescheduled', 'dialogue-widgets' ),
		'moved-online' => __( 'Moved online', 'dialogue-widgets' ),
	);
	$status = strtolower( $text( 'status' ) );
	if ( isset( $statuses[ $status ] ) ) {
		$parts[] = esc_html( $statuses[ $status ] );
	}

	// Nobody can register for a cancelled or postponed event.
	if ( ! in_array( $status, array( 'cancelled', 'postponed' ), true ) ) {
		$register = esc_url( $text( 'register-url' ), array( 'http', 'https' ) );
		if ( '' !== $register ) {
			$parts[] = '<a href="' . $register . '">' . esc_html__( 'Register', 'dialogue-widgets' ) . '</a>';
		}
	}

	$html = $parts ? '<noscript>' . implode( ' &middot; ', $parts ) . '</noscript>' : '';

	/**
	 * Filters the <noscript> fallback written inside each <dialogue-event> ('' for none).
	 *
	 * @param string $html The fallback, escaped.
	 * @param array  $atts The element's attributes it was made from (raw).
	 */
	return (string) apply_filters( 'dialogue_widgets_fallback_html', $html, $atts );
}

/**
 * Renders <dialogue-event> with every value escaped, and asks for the script to be loaded on this page.
 *
 * The markup is one line, and the only thing inside the element is the <noscript> fallback (see
 * dialogue_widgets_render_fallback()): shortcodes run after wpautop, but themes and other plugins filter
 * content again, and an element with block-level children is what auto-paragraphs break (see API.md,
 * "Embedding where the host rewrites markup"). No inline <script> is ever written, so the output is also
 * fine under a strict Content-Security-Policy.
 *
 * @param mixed $atts Shortcode or block attributes.
 * @return string
 */
function dialogue_widgets_render_event( $atts ) {
	$kinds = dialogue_widgets_attribute_kinds();
	$html  = '<dialogue-event';

	foreach ( dialogue_widgets_normalise_attributes( $atts ) as $name => $value ) {
		if ( 'boolean' === $kinds[ $name ] ) {
			if ( $value ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( 'url' === $kinds[ $name ] ) {
			// esc_url() returns '' for any other protocol (javascript:, data:, …): drop the attribute then.
			$escaped = esc_url( trim( (string) $value ), array( 'http', 'https' ) );
		} else {
			// Collapse whitespace so the element stays on one line whatever the author typed.
			// Without /u: on invalid UTF-8 that would return null; esc_attr() then rejects such text.
			$escaped = esc_attr( trim( preg_replace( '/[ \t\n\r\f\v]+/', ' ', (string) $value ) ) );
		}
		if ( '' !== $escaped ) {
			$html .= ' ' . $name . '="' . $escaped . '"';
		}
	}

	$html .= '>' . dialogue_widgets_render_fallback( dialogue_widgets_normalise_attributes( $atts ) ) . '</dialogue-event>';

	dialogue_widgets_enqueue_script();

	/**
	 * Filters the markup of one <dialogue-event>.
	 *
	 * @param string $html The element, escaped.
	 * @param array  $atts The attributes it was rendered from.
	 */
	return apply_filters( 'dialogue_widgets_event_html', $html, $atts );
}

/**
 * The [dialogue_event] shortcode.
 *
 * Goes through shortcode_atts() so the standard `shortcode_atts_dialogue_event` filter works.
 *
 * @param array|string $atts Parsed attributes; '' when the shortcode has none.
 * @return string
 */
function dialogue_widgets_shortcode( $atts ) {
	$pairs = array_fill_keys( array_keys( dialogue_widgets_attribute_kinds() ), null );
	$atts  = shortcode_atts( $pairs, dialogue_widgets_normalise_attributes( $atts ), 'dialogue_event' );
	return dialogue_widgets_render_event( $atts );
}
