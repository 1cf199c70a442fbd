<?php
/**
 * What the block editor needs besides block.json: the editor's helper scripts (plain JS, no build step)
 * and the site's facts the block cannot learn in the browser (its zone, the library's address, the REST root).
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The editor's parts, in blocks/event/editor/, each a small script adding to window.dialogueWidgetsBlock.
 * The block's index.js depends on them through index.asset.php (handles "dialogue-widgets-editor-{part}").
 *
 * @return array<string,string[]> part => the WordPress script handles it needs
 */
function dialogue_widgets_editor_parts() {
	return array(
		'zones'   => array( 'wp-i18n' ),
		'library' => array( 'dialogue-widgets-editor-zones' ),
		'fields'  => array( 'wp-components', 'wp-element', 'wp-i18n', 'wp-block-editor', 'dialogue-widgets-editor-zones' ),
		'people'  => array( 'wp-components', 'wp-element', 'wp-i18n', 'wp-a11y', 'dialogue-widgets-editor-fields' ),
		'preview' => array( 'wp-element', 'wp-i18n', 'wp-components', 'dialogue-widgets-editor-library' ),
		'share'   => array( 'wp-components', 'wp-element', 'wp-i18n', 'wp-data', 'wp-a11y', 'dialogue-widgets-editor-zones' ),
	);
}

/**
 * Registers the editor's parts (enqueued only as dependencies of the block's editor script), and hands
 * them the site's facts on screens that load the block editor.
 */
function dialogue_widgets_register_editor_scripts() {
	add_action( 'enqueue_block_editor_assets', 'dialogue_widgets_add_editor_data' );
	if ( is_admin() ) {
		// block.json names this handle as its editorStyle: the sidebar's and the canvas's few rules.
		wp_register_style(
			'dialogue-widgets-editor',
			plugins_url( 'blocks/event/editor.css', DIALOGUE_WIDGETS_FILE ),
			array(),
			DIALOGUE_WIDGETS_VERSION . '-' . (int) @filemtime( DIALOGUE_WIDGETS_DIR . '/blocks/event/editor.css' ) // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged
		);
	}
	foreach ( dialogue_widgets_editor_parts() as $part => $deps ) {
		$file = 'blocks/event/editor/' . $part . '.js';
		wp_register_script(
			'dialogue-widgets-editor-' . $part,
			plugins_url( $file, DIALOGUE_WIDGETS_FILE ),
			$deps,
			DIALOGUE_WIDGETS_VERSION . '-' . (int) @filemtime( DIALOGUE_WIDGETS_DIR . '/' . $file ), // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged
			true
		);
	}
}

/**
 * Hands the site's facts to the editor, only on screens that load the block editor.
 */
function dialogue_widgets_add_editor_data() {
	wp_add_inline_script(
		'dialogue-widgets-editor-zones',
		'window.dialogueWidgetsEditorData = ' . wp_json_encode( dialogue_widgets_editor_data() ) . ';',
		'before'
	);
}

/**
 * The library's address with the ?ver= WordPress would add, so the editor loads the copy the page loads.
 *
 * @return string
 */
function dialogue_widgets_editor_script_url() {
	$version = dialogue_widgets_script_version();
	$src     = dialogue_widgets_script_src();
	return null === $version ? $src : add_query_arg( 'ver', rawurlencode( $version ), $src );
}

/**
 * The site's facts for the editor.
 *
 * @return array<string,mixed>
 */
function dialogue_widgets_editor_data() {
	$zone   = (string) get_option( 'timezone_string', '' );
	$offset = (float) get_option( 'gmt_offset', 0 );
	return array(
		// A named zone follows daylight saving; a bare offset ("UTC+2") does not, so the editor asks for a place.
		'siteTimeZone'     => $zone,
		'siteOffsetHours'  => '' === $zone ? $offset : null,
		'generalSettings'  => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php#timezone_string' ) : '',
		'scriptUrl'        => dialogue_widgets_editor_script_url(),
		'scriptFromCdn'    => '' !== dialogue_widgets_sanitize_script_url( get_option( DIALOGUE_WIDGETS_OPTION, '' ), false ),
		// What partners' pages load (the share panel's snippet): the CDN, or the plugin's copy at its route.
		'partnerScriptUrl' => dialogue_widgets_partner_script_src(),
		'scriptMissing'    => dialogue_widgets_partner_script_missing(),
		'scriptSettings'   => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php#' . DIALOGUE_WIDGETS_OPTION ) : '',
		'restRoot'         => esc_url_raw( rest_url() ),
		'eventsRoute'      => 'dialogue-widgets/v1/events',
		// The canonical block's card names the site as organizer (json-ld.php): the preview shows it too.
		'organizer'        => dialogue_widgets_organizer(),
		'timeFormat12Hour' => (bool) preg_match( '/(?<!\\\\)[aAgh]/', (string) get_option( 'time_format', 'H:i' ) ),
	);
}
