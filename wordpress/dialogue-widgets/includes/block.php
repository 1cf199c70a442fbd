<?php
/**
 * The "Dialogue event" block: a dynamic block whose markup comes from the shortcode's renderer.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from blocks/event/block.json.
 */
function dialogue_widgets_register_block() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	register_block_type(
		DIALOGUE_WIDGETS_DIR . '/blocks/event',
		array( 'render_callback' => 'dialogue_widgets_render_block' )
	);
}

/**
 * Renders the block. Its attributes are the element's in camelCase (registerUrl), which the shared
 * renderer maps back to the element's names, so the block and the shortcode cannot drift apart.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function dialogue_widgets_render_block( $attributes ) {
	return dialogue_widgets_render_event( $attributes );
}
