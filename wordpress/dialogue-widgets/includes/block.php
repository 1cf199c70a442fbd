<?php
/**
 * The "Dialogue event" block: a dynamic block rendered on the server from its checked attributes.
 *
 * A block that describes an event is written as the element with its attributes and, inside it, what the
 * card reads for the rest (panelists, partners, description), on one line so no content filter can split it:
 * - canonical (the default, the host's own page): a <script type="application/ld+json"> holding the very
 *   document the event's JSON-LD address serves. It is also what search engines read, in the page as served,
 *   so the element is not asked to add another copy (no `canonical` attribute).
 * - not canonical: <dialogue-panelist>/<dialogue-partner> children and the description's paragraphs, and no
 *   JSON-LD (a second copy of an event elsewhere would duplicate it for search engines).
 * Then the <noscript> fallback; all of it in the block's wrapper <div>. A block with `src` embeds another host's
 * event: written like the shortcode, never canonical, never published.
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
 * Which event of its post a rendered block is (1-based), or null when the block is not in the post's own
 * content (a template, a widget). Identical blocks are told apart by the order they render in.
 *
 * @param WP_Post $post       Post.
 * @param array   $attributes The block's attributes (defaults applied).
 * @return int|null
 */
function dialogue_widgets_block_number( $post, $attributes ) {
	static $seen = array();
	$matches = array();
	foreach ( dialogue_widgets_event_blocks( $post->post_content ) as $index => $candidate ) {
		if ( $candidate == $attributes ) { // phpcs:ignore Universal.Operators.StrictComparisons -- same pairs, any order.
			$matches[] = $index + 1;
		}
	}
	if ( ! $matches ) {
		return null;
	}
	$key          = $post->ID . ':' . md5( serialize( $attributes ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions
	$count        = isset( $seen[ $key ] ) ? $seen[ $key ] : 0;
	$seen[ $key ] = $count + 1;
	return $matches[ $count % count( $matches ) ];
}

/**
 * Renders the block.
 *
 * @param array         $attributes Block attributes.
 * @param string        $content    Inner content (none).
 * @param WP_Block|null $block      The block, for its post context.
 * @return string
 */
function dialogue_widgets_render_block( $attributes, $content = '', $block = null ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	if ( dialogue_widgets_block_embeds( $attributes ) ) {
		// Another host's event: the shortcode's element; canonical belongs on that host's page only.
		$attributes['canonical'] = false;
		return dialogue_widgets_block_wrapper( dialogue_widgets_render_event( $attributes ) );
	}

	$post_id = $block instanceof WP_Block && isset( $block->context['postId'] ) ? (int) $block->context['postId'] : get_the_ID();
	$post    = $post_id ? get_post( $post_id ) : null;
	$number  = $post ? dialogue_widgets_block_number( $post, $attributes ) : null;
	// Canonical unless the author turned it off, whatever default block.json gives (the shared contract).
	$saved = $block instanceof WP_Block && is_array( $block->parsed_block['attrs'] ?? null ) ? $block->parsed_block['attrs'] : $attributes;
	$attributes['canonical'] = array_key_exists( 'canonical', $saved ) ? $saved['canonical'] : true;
	$event   = dialogue_widgets_block_event( $attributes, $post ? get_the_title( $post ) : '' );

	$element = array(
		'name'                => $event['name'],
		'start'               => $event['start'] ? $event['start']['written'] : '',
		'end'                 => $event['end'] ? $event['end']['written'] : '',
		'time-zone'           => $event['timeZone'],
		'status'              => $event['status'],
		'register-url'        => $event['registerUrl'],
		'registration-closes' => $event['registrationCloses'] ? $event['registrationCloses']['written'] : '',
		'recording-url'       => $event['recordingUrl'],
		'join-url'            => $event['joinUrl'],
		'image'               => $event['image'],
		'image-alt'           => $event['imageAlt'],
		'viewer-time-zone'    => $event['viewerTimeZone'],
		'lang'                => $event['lang'],
	);
	$html = '<dialogue-event' . dialogue_widgets_html_attributes( $element ) . '>';

	if ( $event['canonical'] ) {
		$address  = $post && $number && dialogue_widgets_post_is_public( $post ) ? dialogue_widgets_event_address( $post->ID, $number ) : null;
		$document = dialogue_widgets_event_json_ld( $event, $post ? get_permalink( $post ) : '', $address );
		if ( $document ) {
			$html .= '<script type="application/ld+json">' . dialogue_widgets_script_json( $document ) . '</script>';
		}
	} else {
		$html .= dialogue_widgets_render_children( $event );
	}

	$html .= dialogue_widgets_render_fallback( dialogue_widgets_fallback_values( $element, $event ) ) . '</dialogue-event>';
	dialogue_widgets_enqueue_script();

	/** This filter is documented in includes/render.php */
	return dialogue_widgets_block_wrapper( apply_filters( 'dialogue_widgets_event_html', $html, $attributes ) );
}

/**
 * The block's wrapper, as every block has one (class wp-block-dialogue-widgets-event and what the block
 * supports): a block-level box the theme's layout places in the content column, also before the script has
 * made the element a block, and for visitors without JavaScript.
 *
 * @param string $html The element.
 * @return string
 */
function dialogue_widgets_block_wrapper( $html ) {
	$attributes = class_exists( 'WP_Block_Supports' ) && ! empty( WP_Block_Supports::$block_to_render ) && function_exists( 'get_block_wrapper_attributes' )
		? get_block_wrapper_attributes( array( 'class' => 'wp-block-dialogue-widgets-event' ) ) // block.json turns the generated class off.
		: 'class="wp-block-dialogue-widgets-event"';
	return '<div ' . $attributes . '>' . $html . '</div>';
}

/**
 * ` name="value"` for each non-empty value, escaped (addresses with esc_url, http(s) only).
 *
 * @param array<string,string> $attributes Attribute => checked value.
 * @return string
 */
function dialogue_widgets_html_attributes( $attributes ) {
	$urls = array( 'register-url', 'recording-url', 'join-url', 'image', 'src', 'href', 'photo', 'logo' );
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$value   = (string) $value;
		$escaped = in_array( $name, $urls, true ) ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		if ( '' !== $escaped ) {
			$html .= ' ' . $name . '="' . $escaped . '"';
		}
	}
	return $html;
}

/**
 * The description's paragraphs, panelists and partners as the element's children (the non-canonical form).
 *
 * @param array $event From dialogue_widgets_block_event().
 * @return string
 */
function dialogue_widgets_render_children( $event ) {
	$html = '';
	foreach ( '' === $event['description'] ? array() : explode( "\n\n", $event['description'] ) as $paragraph ) {
		$html .= '<p>' . str_replace( "\n", '<br>', esc_html( $paragraph ) ) . '</p>';
	}
	foreach ( $event['panelists'] as $person ) {
		$html .= '<dialogue-panelist' . dialogue_widgets_html_attributes(
			array(
				'name'         => $person['name'],
				'job-title'    => $person['jobTitle'],
				'organisation' => $person['organisation'],
				'href'         => $person['organisationUrl'],
				'photo'        => $person['photo'],
			)
		) . '></dialogue-panelist>';
	}
	foreach ( $event['partners'] as $partner ) {
		$html .= '<dialogue-partner' . dialogue_widgets_html_attributes(
			array(
				'name' => $partner['name'],
				'logo' => $partner['logo'],
				'href' => $partner['url'],
			)
		) . '></dialogue-partner>';
	}
	return $html;
}

/**
 * What the <noscript> fallback says: the element's values, with the start as an instant (its offset in the
 * `datetime`) and in words in the site's date and time formats, in the event's zone.
 *
 * @param array<string,string> $element The element's attributes.
 * @param array                $event   From dialogue_widgets_block_event().
 * @return array<string,string>
 */
function dialogue_widgets_fallback_values( $element, $event ) {
	$values = array_filter( $element, 'strlen' );
	if ( $event['start'] ) {
		$moment                = $event['start']['moment'];
		$values['start']       = dialogue_widgets_iso( $moment );
		$format                = trim( get_option( 'date_format', 'F j, Y' ) . ' ' . get_option( 'time_format', 'g:i a' ) );
		$values['start-label'] = wp_date( '' !== $format ? $format : 'Y-m-d H:i', $moment->getTimestamp(), $moment->getTimezone() );
	}
	return $values;
}
