<?php
/**
 * Removes the plugin's options when the plugin is deleted.
 *
 * @package DialogueWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'dialogue_widgets_script_url' );
delete_option( 'dialogue_widgets_max_age' );
