<?php
/**
 * Settings → General → "Dialogue widgets script": a CDN address that replaces the bundled copy.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Option holding the CDN address ('' = use the bundled copy). */
const DIALOGUE_WIDGETS_OPTION = 'dialogue_widgets_script_url';

/** Option holding how long (seconds) partners' browsers and CDNs may keep a published event. */
const DIALOGUE_WIDGETS_MAX_AGE_OPTION = 'dialogue_widgets_max_age';

/** Its default: a changed time reaches every partner page within a minute. */
const DIALOGUE_WIDGETS_MAX_AGE_DEFAULT = 60;

/**
 * Registers the option and its field on Settings → General (one field does not deserve its own page).
 */
function dialogue_widgets_register_settings() {
	register_setting(
		'general',
		DIALOGUE_WIDGETS_OPTION,
		array(
			'type'              => 'string',
			'description'       => __( 'Address of dialogue-widgets.js on a CDN; empty to use the copy bundled with the plugin.', 'dialogue-widgets' ),
			'sanitize_callback' => 'dialogue_widgets_sanitize_script_url',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
	add_settings_field(
		DIALOGUE_WIDGETS_OPTION,
		__( 'Dialogue widgets script', 'dialogue-widgets' ),
		'dialogue_widgets_render_script_url_field',
		'general',
		'default',
		array( 'label_for' => DIALOGUE_WIDGETS_OPTION )
	);
	register_setting(
		'general',
		DIALOGUE_WIDGETS_MAX_AGE_OPTION,
		array(
			'type'              => 'integer',
			'description'       => __( 'Seconds partners\' browsers and CDNs may keep a published event before asking again.', 'dialogue-widgets' ),
			'sanitize_callback' => 'dialogue_widgets_sanitize_max_age',
			'default'           => DIALOGUE_WIDGETS_MAX_AGE_DEFAULT,
			'show_in_rest'      => false,
		)
	);
	add_settings_field(
		DIALOGUE_WIDGETS_MAX_AGE_OPTION,
		__( 'Dialogue events: cache time', 'dialogue-widgets' ),
		'dialogue_widgets_render_max_age_field',
		'general',
		'default',
		array( 'label_for' => DIALOGUE_WIDGETS_MAX_AGE_OPTION )
	);
}

/**
 * A whole number of seconds from 0 to one day; anything else is the default (on save, with a note).
 *
 * @param mixed $value  Submitted or stored value.
 * @param bool  $report Whether this is a save from the settings screen.
 * @return int
 */
function dialogue_widgets_sanitize_max_age( $value, $report = true ) {
	$text = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( preg_match( '/^[0-9]{1,6}$/', $text ) && (int) $text <= DAY_IN_SECONDS ) {
		return (int) $text;
	}
	if ( $report && function_exists( 'add_settings_error' ) ) {
		add_settings_error(
			DIALOGUE_WIDGETS_MAX_AGE_OPTION,
			'dialogue_widgets_invalid_max_age',
			__( 'The Dialogue events cache time must be a whole number of seconds from 0 to 86400; 60 was saved.', 'dialogue-widgets' )
		);
	}
	return DIALOGUE_WIDGETS_MAX_AGE_DEFAULT;
}

/**
 * The field: seconds, with what it trades off.
 */
function dialogue_widgets_render_max_age_field() {
	printf(
		'<input type="number" min="0" max="86400" step="1" class="small-text" id="%1$s" name="%1$s" value="%2$s" aria-describedby="%1$s-description" /> %3$s',
		esc_attr( DIALOGUE_WIDGETS_MAX_AGE_OPTION ),
		esc_attr( (string) dialogue_widgets_max_age() ),
		esc_html__( 'seconds', 'dialogue-widgets' )
	);
	echo '<p class="description" id="' . esc_attr( DIALOGUE_WIDGETS_MAX_AGE_OPTION ) . '-description">';
	echo esc_html__( 'How long partners\' pages, browsers and CDNs may keep an event published at /wp-json/dialogue-widgets/v1/events before asking again: a change reaches every partner within this time. Longer spares the site on busy days.', 'dialogue-widgets' );
	echo '</p>';
}

/**
 * Accepts an absolute http(s) address or nothing.
 *
 * Used both when the option is saved (with $report, which keeps the previous value and shows an error
 * for anything else) and when it is read (so a value written around the Settings API, e.g. with WP-CLI,
 * can never load a javascript: or data: address).
 *
 * @param mixed $value  Submitted or stored value.
 * @param bool  $report Whether this is a save from the settings screen.
 * @return string
 */
function dialogue_widgets_sanitize_script_url( $value, $report = true ) {
	$value = trim( is_scalar( $value ) ? (string) $value : '' );
	if ( '' === $value ) {
		return '';
	}
	$url = dialogue_widgets_safe_url( $value );
	if ( '' !== $url ) {
		return $url;
	}
	if ( ! $report ) {
		return '';
	}
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error(
			DIALOGUE_WIDGETS_OPTION,
			'dialogue_widgets_invalid_script_url',
			__( 'The Dialogue widgets script address must start with https:// or http://. The previous address was kept.', 'dialogue-widgets' )
		);
	}
	return dialogue_widgets_sanitize_script_url( get_option( DIALOGUE_WIDGETS_OPTION, '' ), false );
}

/**
 * The field: a URL input with a note on what it replaces.
 */
function dialogue_widgets_render_script_url_field() {
	$bundled = DIALOGUE_WIDGETS_DIR . '/assets/dialogue-widgets.js';
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="https://" aria-describedby="%1$s-description" />',
		esc_attr( DIALOGUE_WIDGETS_OPTION ),
		esc_attr( get_option( DIALOGUE_WIDGETS_OPTION, '' ) )
	);
	echo '<p class="description" id="' . esc_attr( DIALOGUE_WIDGETS_OPTION ) . '-description">';
	echo esc_html__( 'Leave empty to load the copy bundled with the plugin. A CDN address must serve the file with Access-Control-Allow-Origin, because it is loaded as a module script.', 'dialogue-widgets' );
	if ( ! is_readable( $bundled ) ) {
		echo ' <strong>' . esc_html__( 'The bundled copy is missing: build the plugin with wordpress/build-plugin.sh, or set an address here.', 'dialogue-widgets' ) . '</strong>';
	}
	echo '</p>';
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function dialogue_widgets_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php#' . DIALOGUE_WIDGETS_OPTION ) ) . '">' . esc_html__( 'Settings', 'dialogue-widgets' ) . '</a>';
	return $links;
}
