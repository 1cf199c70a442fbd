<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package DialogueWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'dialogue_widgets_script_url' );
