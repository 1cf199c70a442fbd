<?php
/**
 * Which events a site publishes, and where: every Dialogue event block without `src` in a published post or
 * page, at /wp-json/dialogue-widgets/v1/events/{post id} (the next ones in the same post {post id}-2, -3, …),
 * and all of them as one EventSeries at /wp-json/dialogue-widgets/v1/events.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The REST namespace and the route of the series. */
const DIALOGUE_WIDGETS_REST_NAMESPACE = 'dialogue-widgets/v1';

/** Past events stay in the series this many days after they ended (for their recordings). */
const DIALOGUE_WIDGETS_SERIES_PAST_DAYS = 180;

/** Minutes an event without an end is taken to last, as in the library (src/time/default-length.ts). */
const DIALOGUE_WIDGETS_DEFAULT_LENGTH_MINUTES = 90;

/**
 * Whether anyone may see the post: published (not draft, pending, private, scheduled for later or trashed),
 * without a password, of a post type with public pages. Deliberately not what the current user may see:
 * the addresses serve everyone the same document.
 *
 * @param WP_Post|null $post Post.
 * @return bool
 */
function dialogue_widgets_post_is_public( $post ) {
	return $post instanceof WP_Post
		&& 'publish' === $post->post_status
		&& '' === (string) $post->post_password
		&& is_post_type_viewable( $post->post_type );
}

/**
 * The attributes of each Dialogue event block in some content that describes an event (not `src`), in document
 * order, nested blocks and synced patterns included, with block.json's defaults applied as when the block renders.
 *
 * @param string $content Post content.
 * @return array[]
 */
function dialogue_widgets_event_blocks( $content ) {
	if ( ! is_string( $content ) || ( false === strpos( $content, '<!-- wp:dialogue-widgets/event' ) && false === strpos( $content, '<!-- wp:block ' ) ) ) {
		return array();
	}
	$type  = WP_Block_Type_Registry::get_instance()->get_registered( 'dialogue-widgets/event' );
	$found = array();
	$seen  = array(); // Synced patterns already opened: one that holds itself is read once.
	$walk  = static function ( $blocks ) use ( &$walk, &$found, &$seen, $type ) {
		foreach ( $blocks as $block ) {
			// A synced pattern (core/block) shows its own post's blocks here, events included.
			if ( 'core/block' === $block['blockName'] && ! empty( $block['attrs']['ref'] ) && ! isset( $seen[ (int) $block['attrs']['ref'] ] ) ) {
				$seen[ (int) $block['attrs']['ref'] ] = true;
				$pattern = get_post( (int) $block['attrs']['ref'] );
				if ( $pattern instanceof WP_Post && 'wp_block' === $pattern->post_type && 'publish' === $pattern->post_status ) {
					$walk( parse_blocks( $pattern->post_content ) );
				}
			}
			if ( 'dialogue-widgets/event' === $block['blockName'] ) {
				$attributes = is_array( $block['attrs'] ) ? $block['attrs'] : array();
				if ( $type ) {
					$attributes = $type->prepare_attributes_for_render( $attributes );
				}
				if ( ! dialogue_widgets_block_embeds( $attributes ) ) {
					$found[] = $attributes;
				}
			}
			if ( ! empty( $block['innerBlocks'] ) ) {
				$walk( $block['innerBlocks'] );
			}
		}
	};
	$walk( parse_blocks( $content ) );
	return $found;
}

/**
 * The JSON-LD address of the $number-th event in a post (1-based).
 *
 * @param int $post_id Post id.
 * @param int $number  Which event in the post.
 * @return string
 */
function dialogue_widgets_event_address( $post_id, $number = 1 ) {
	return rest_url( DIALOGUE_WIDGETS_REST_NAMESPACE . '/events/' . (int) $post_id . ( $number > 1 ? '-' . (int) $number : '' ) );
}

/**
 * The JSON-LD of the $number-th event in a post, with its address as @id when the post is public.
 *
 * @param WP_Post $post       Post.
 * @param array   $attributes The block's attributes.
 * @param int     $number     Which event in the post (1-based).
 * @param bool    $context    Whether to open with @context.
 * @return array|null Null when the block holds no publishable event.
 */
function dialogue_widgets_post_event_json_ld( $post, $attributes, $number, $context = true ) {
	$event = dialogue_widgets_block_event( $attributes, get_the_title( $post ) );
	return dialogue_widgets_event_json_ld(
		$event,
		get_permalink( $post ),
		dialogue_widgets_post_is_public( $post ) ? dialogue_widgets_event_address( $post->ID, $number ) : null,
		$context
	);
}

/**
 * The published event at an address's id ("12" or "12-2"), or null (never a draft, private, scheduled,
 * password-protected or trashed post's, nor an embedded `src` block's).
 *
 * @param string $id Id from the address.
 * @return array|null
 */
function dialogue_widgets_published_event( $id ) {
	if ( ! preg_match( '/^([1-9][0-9]*)(?:-([2-9]|[1-9][0-9]+))?$/', (string) $id, $m ) ) {
		return null;
	}
	$post = get_post( (int) $m[1] );
	if ( ! dialogue_widgets_post_is_public( $post ) ) {
		return null;
	}
	$number = isset( $m[2] ) ? (int) $m[2] : 1;
	$blocks = dialogue_widgets_event_blocks( $post->post_content );
	if ( ! isset( $blocks[ $number - 1 ] ) ) {
		return null;
	}
	return dialogue_widgets_post_event_json_ld( $post, $blocks[ $number - 1 ], $number );
}

/**
 * Every published event the series lists: upcoming ones and those that ended in the last
 * DIALOGUE_WIDGETS_SERIES_PAST_DAYS days (filter `dialogue_widgets_series_past_days`), soonest first.
 *
 * @param int $now Unix time.
 * @return array[] Events without @context.
 */
function dialogue_widgets_series_events( $now ) {
	global $wpdb;
	$types = array_values( array_filter( get_post_types( array( 'public' => true ) ), 'is_post_type_viewable' ) );
	if ( ! $types ) {
		return array();
	}
	$ids = $wpdb->get_col(
		$wpdb->prepare(
			"SELECT ID FROM {$wpdb->posts} WHERE post_status = 'publish' AND post_password = '' AND post_type IN (" . implode( ',', array_fill( 0, count( $types ), '%s' ) ) . ') AND ( post_content LIKE %s OR post_content LIKE %s ) ORDER BY ID LIMIT 1000',
			array_merge( $types, array( '%' . $wpdb->esc_like( '<!-- wp:dialogue-widgets/event' ) . '%', '%' . $wpdb->esc_like( '<!-- wp:block ' ) . '%' ) )
		)
	);
	/**
	 * Filters how many days after its end a past event stays in the series.
	 *
	 * @param int $days Default 180.
	 */
	$past_days = max( 0, (int) apply_filters( 'dialogue_widgets_series_past_days', DIALOGUE_WIDGETS_SERIES_PAST_DAYS ) );
	$events    = array();
	foreach ( $ids as $id ) {
		$post = get_post( (int) $id );
		if ( ! dialogue_widgets_post_is_public( $post ) ) {
			continue;
		}
		foreach ( dialogue_widgets_event_blocks( $post->post_content ) as $index => $attributes ) {
			$document = dialogue_widgets_post_event_json_ld( $post, $attributes, $index + 1, false );
			if ( ! $document ) {
				continue;
			}
			$start = strtotime( $document['startDate'] );
			$end   = isset( $document['endDate'] ) ? strtotime( $document['endDate'] ) : $start + DIALOGUE_WIDGETS_DEFAULT_LENGTH_MINUTES * MINUTE_IN_SECONDS;
			if ( $end < $now - $past_days * DAY_IN_SECONDS ) {
				continue;
			}
			$events[] = array( $start, $document );
		}
	}
	usort(
		$events,
		static function ( $a, $b ) {
			return $a[0] <=> $b[0];
		}
	);
	return array_column( $events, 1 );
}

/**
 * The site's events as one schema.org EventSeries.
 *
 * @param int $now Unix time.
 * @return array
 */
function dialogue_widgets_series_json_ld( $now ) {
	$organizer = dialogue_widgets_organizer();
	return array(
		'@context'  => 'https://schema.org',
		'@type'     => 'EventSeries',
		'@id'       => rest_url( DIALOGUE_WIDGETS_REST_NAMESPACE . '/events' ),
		'url'       => home_url( '/' ),
		'name'      => $organizer['name'],
		'organizer' => $organizer,
		'subEvent'  => dialogue_widgets_series_events( $now ),
	);
}
