<?php
/**
 * Plugin Name:       Dialogue Widgets
 * Plugin URI:        https://github.com/dialogue-widgets/dialogue-widgets
 * Description:       Announce an online event with a live countdown, the time in every visitor's zone, the panel and registration: the [dialogue_event] shortcode and the Dialogue event block output the &lt;dialogue-event&gt; web component and load its script once per page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            dialogue-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       dialogue-widgets
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'DIALOGUE_WIDGETS_VERSION', '0.1.0' );
define( 'DIALOGUE_WIDGETS_FILE', __FILE__ );
define( 'DIALOGUE_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/moment.php';
require_once __DIR__ . '/includes/event-data.php';
require_once __DIR__ . '/includes/json-ld.php';
require_once __DIR__ . '/includes/publishing.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/script-route.php';
require_once __DIR__ . '/includes/editor.php';
require_once __DIR__ . '/includes/series.php';

add_action( 'init', 'dialogue_widgets_register_shortcode' );
add_action( 'init', 'dialogue_widgets_register_block' );
add_action( 'init', 'dialogue_widgets_register_script' );
add_action( 'init', 'dialogue_widgets_register_editor_scripts' );
add_action( 'admin_init', 'dialogue_widgets_register_settings' );
add_action( 'rest_api_init', 'dialogue_widgets_register_routes' );
add_action( 'rest_api_init', 'dialogue_widgets_register_script_routes' );
add_filter( 'rest_authentication_errors', 'dialogue_widgets_rest_authentication', 1000 );
add_filter( 'rest_pre_serve_request', 'dialogue_widgets_serve_request', 20, 4 );
add_filter( 'script_loader_tag', 'dialogue_widgets_script_loader_tag', 10, 3 );
foreach ( array( 'the_content', 'widget_text_content', 'widget_custom_html_content', 'widget_block_content' ) as $dialogue_widgets_filter ) {
	add_filter( $dialogue_widgets_filter, 'dialogue_widgets_enqueue_for_markup', 12 );
}
unset( $dialogue_widgets_filter );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'dialogue_widgets_action_links' );

/**
 * Registers [dialogue_event].
 */
function dialogue_widgets_register_shortcode() {
	add_shortcode( 'dialogue_event', 'dialogue_widgets_shortcode' );
}
