<?php
/**
 * Publishing (API.md, "Publishing"): times read as the library reads them, block values checked again, the
 * JSON-LD each event is published as, which posts publish (never drafts, private, scheduled, password-protected
 * or trashed ones), the series' window, the answers' headers, and the block's markup. Required by test-plugin.php.
 *
 * The expected values are written out by hand, never computed by the code under test.
 *
 * @package DialogueWidgets
 */

/**
 * Puts a post where get_post() finds it (the object cache) and returns its id.
 *
 * @param array $fields Post fields; ID, post_content, post_status… Defaults: a published post.
 * @return int
 */
function dw_add_post( $fields ) {
	$post = (object) array_merge(
		array(
			'post_type'     => 'post',
			'post_status'   => 'publish',
			'post_password' => '',
			'post_title'    => 'Untitled',
			'post_name'     => '',
			'post_content'  => '',
			'post_date'     => '2025-01-01 00:00:00',
			'post_date_gmt' => '2025-01-01 00:00:00',
			'post_parent'   => 0,
			'post_author'   => 1,
			'filter'        => 'raw',
		),
		$fields
	);
	wp_cache_set( $post->ID, $post, 'posts' );
	return $post->ID;
}

/**
 * Block markup for one Dialogue event block.
 *
 * @param array $attributes Attributes.
 * @return string
 */
function dw_block( $attributes ) {
	return '<!-- wp:dialogue-widgets/event ' . wp_json_encode( $attributes ) . ' /-->';
}

/**
 * Runs $body with some options changed, then restores them.
 *
 * @param array    $options Option => value.
 * @param callable $body    What to run.
 * @return mixed What $body returned.
 */
function dw_with_options( $options, $body ) {
	$saved = $GLOBALS['dw_test_options'];
	$GLOBALS['dw_test_options'] = array_merge( $saved, $options );
	try {
		return $body();
	} finally {
		$GLOBALS['dw_test_options'] = $saved;
	}
}

/** The reference event's block, complete. */
const DW_FULL_BLOCK = array(
	'name'               => 'How to use partnerships to strengthen the Impact of Civic Tech',
	'description'        => "Digital Dialogues, episode 7.\n\nCivic tech groups on working together.",
	'start'              => '2025-07-06T16:00',
	'end'                => '2025-07-06T17:30',
	'registrationCloses' => '2025-07-05T12:00',
	'timeZone'           => 'Africa/Maputo',
	'status'             => 'rescheduled',
	'registerUrl'        => 'https://example.org/register?event=7&ref=host',
	'joinUrl'            => 'https://meet.example.org/j/7',
	'recordingUrl'       => 'https://video.example.org/7',
	'image'              => 'https://example.org/banner.jpg',
	'imageAlt'           => 'The panel on stage',
	'panelists'          => array(
		array(
			'name'            => 'Thandi Mokoena',
			'jobTitle'        => 'Programme lead',
			'organisation'    => 'Open Cities Lab',
			'organisationUrl' => 'https://opencitieslab.org/',
			'url'             => 'https://example.org/thandi',
			'photo'           => 'https://example.org/thandi.jpg',
		),
		array( 'name' => 'Ana Sitoe' ),
	),
	'partners'           => array(
		array(
			'name' => 'Code for Africa',
			'url'  => 'https://codeforafrica.org/',
			'logo' => 'https://example.org/cfa.svg',
		),
	),
);

section(
	'times: read as the library reads them, placed in the zone by its own rules',
	static function () {
		$cases = array(
			// written, zone, expected ISO (null: not a usable time).
			array( '2025-07-06T16:00', 'Africa/Maputo', '2025-07-06T16:00:00+02:00' ),
			array( '2025-07-06 16:00', 'Africa/Maputo', '2025-07-06T16:00:00+02:00' ),
			array( '2025-07-06T16:00:30.5', 'Africa/Maputo', '2025-07-06T16:00:30+02:00' ),
			array( '2025-07-06', 'Africa/Maputo', '2025-07-06T00:00:00+02:00' ),
			array( '2025-01-15T09:30', 'Europe/London', '2025-01-15T09:30:00+00:00' ),
			array( '2025-07-15T09:30', 'Europe/London', '2025-07-15T09:30:00+01:00' ),
			array( '2025-03-30T02:30', 'Europe/Paris', '2025-03-30T03:30:00+02:00' ),   // In the spring gap: moved forward.
			array( '2025-10-26T02:30', 'Europe/Paris', '2025-10-26T02:30:00+02:00' ),   // Twice that night: the first.
			array( '2025-11-02T01:30', 'America/New_York', '2025-11-02T01:30:00-04:00' ),
			array( '2025-03-09T02:30', 'America/New_York', '2025-03-09T03:30:00-04:00' ),
			array( '2025-10-05T02:15', 'Australia/Lord_Howe', '2025-10-05T02:45:00+11:00' ), // A half-hour gap.
			array( '2025-07-06T16:00+02:00', 'Asia/Tokyo', '2025-07-06T23:00:00+09:00' ),
			array( '2025-07-06T14:00Z', null, '2025-07-06T14:00:00+00:00' ),
			array( '2025-07-06T16:00+0530', null, '2025-07-06T16:00:00+05:30' ),
			array( '2025-07-06T16:00', null, null ),                                   // Wall time, no zone.
			array( '2025-02-30T10:00', 'UTC', null ),
			array( '2025-07-06T24:00', 'UTC', null ),
			array( '0225-07-06T16:00', 'UTC', null ),
			array( '2025-07-06T16:00+19:00', 'UTC', null ),
			array( 'next Tuesday', 'UTC', null ),
			array( '6 July 2025 16:00', 'UTC', null ),
		);
		foreach ( $cases as list( $written, $zone, $expected ) ) {
			$moment = dialogue_widgets_parse_moment( $written, $zone ? dialogue_widgets_zone( $zone ) : null );
			check_same( "$written in " . ( $zone ?? 'no zone' ), $expected, $moment ? dialogue_widgets_iso( $moment ) : null );
		}
		check_same( 'a non-string is no time', null, dialogue_widgets_parse_moment( array( '2025-07-06' ), dialogue_widgets_zone( 'UTC' ) ) );

		$zones = array(
			'Africa/Maputo'  => 'Africa/Maputo',
			'africa/maputo'  => 'Africa/Maputo',
			' Asia/Calcutta' => 'Asia/Calcutta',
			'UTC'            => 'UTC',
			'+02:00'         => null,
			'CAT'            => null,
			'Mars/Olympus'   => null,
			'Factory'        => null,
			''               => null,
		);
		foreach ( $zones as $written => $expected ) {
			$zone = dialogue_widgets_zone( $written );
			check_same( "zone '$written'", $expected, $zone ? $zone->getName() : null );
		}
	}
);

section(
	'block values are checked again on the server',
	static function () {
		$event = dialogue_widgets_block_event(
			array(
				'name'         => "  Water \n and cities ",
				'start'        => '2025-07-06T16:00',
				'end'          => '2025-07-06T15:00',
				'timeZone'     => 'Africa/Maputo',
				'status'       => 'sold-out',
				'registerUrl'  => 'javascript:alert(1)',
				'joinUrl'      => 'data:text/html,hi',
				'recordingUrl' => '//example.org/relative',
				'image'        => 'https://example.org/a.jpg',
				'panelists'    => array( array( 'name' => '' ), array( 'name' => 'Ana', 'url' => 'javascript:x', 'photo' => 'ftp://x/y.jpg' ), 'not an array' ),
				'partners'     => array( array( 'name' => 'CfA', 'url' => 'vbscript:x' ) ),
				'viewerTimeZone' => 'Nowhere/Land',
				'lang'         => 'fr"><script>',
			)
		);
		check_same( 'the name is one line', 'Water and cities', $event['name'] );
		check_same( 'an end before the start is left out', null, $event['end'] );
		check_same( 'the start stays', '2025-07-06T16:00:00+02:00', dialogue_widgets_iso( $event['start']['moment'] ) );
		check_same( 'an unknown status is scheduled', '', $event['status'] );
		check_same( 'javascript:, data: and scheme-relative addresses are left out', array( '', '', '' ), array( $event['registerUrl'], $event['joinUrl'], $event['recordingUrl'] ) );
		check_same(
			'a panelist without a name is left out; bad addresses in the others too',
			array(
				array(
					'name'            => 'Ana',
					'jobTitle'        => '',
					'organisation'    => '',
					'organisationUrl' => '',
					'url'             => '',
					'photo'           => '',
				),
			),
			$event['panelists']
		);
		check_same( 'a partner keeps its name without its bad address', array( array( 'name' => 'CfA', 'url' => '', 'logo' => '' ) ), $event['partners'] );
		check_same( 'an unknown viewer zone and a bad language are left out', array( '', '' ), array( $event['viewerTimeZone'], $event['lang'] ) );
		check_same(
			'each is named in problems',
			array( 'end', 'status', 'registerUrl', 'joinUrl', 'recordingUrl', 'panelists[0]', 'panelists[2]', 'viewerTimeZone', 'lang' ),
			array_column( $event['problems'], 'field' )
		);

		$unknown = dialogue_widgets_block_event( array( 'start' => '2025-07-06T16:00', 'timeZone' => 'Africa/Maputoo' ) );
		check_same( 'an unknown zone is left out, and a wall-clock start with it (no guess)', array( '', null ), array( $unknown['timeZone'], $unknown['start'] ) );
		check_same( 'both named', array( 'timeZone', 'start' ), array_column( $unknown['problems'], 'field' ) );

		$offset = dialogue_widgets_block_event( array( 'start' => '2025-07-06T16:00+02:00', 'timeZone' => 'Nowhere' ) );
		check_same( 'a start with an offset needs no zone', '2025-07-06T16:00:00+02:00', dialogue_widgets_iso( $offset['start']['moment'] ) );

		dw_with_options(
			array( 'timezone_string' => 'Africa/Maputo' ),
			static function () {
				$event = dialogue_widgets_block_event( array( 'start' => '2025-07-06T16:00' ) );
				check_same( 'no zone saved: the site\'s named zone', array( 'Africa/Maputo', '2025-07-06T16:00:00+02:00' ), array( $event['timeZone'], dialogue_widgets_iso( $event['start']['moment'] ) ) );
			}
		);
		dw_with_options(
			array( 'timezone_string' => '', 'gmt_offset' => '2' ),
			static function () {
				$event = dialogue_widgets_block_event( array( 'start' => '2025-07-06T16:00' ) );
				check_same( 'no zone saved and the site set to a bare offset: no zone, no start', array( '', null ), array( $event['timeZone'], $event['start'] ) );
			}
		);
		check_same( 'the post\'s title names an event without a name', 'Post title', dialogue_widgets_block_event( array(), 'Post title' )['name'] );
		check_same( 'canonical unless turned off', array( true, false, true ), array( dialogue_widgets_block_event( array() )['canonical'], dialogue_widgets_block_event( array( 'canonical' => false ) )['canonical'], dialogue_widgets_block_event( array( 'canonical' => true ) )['canonical'] ) );
		check_same(
			'the description keeps its paragraphs, and only them',
			"First line\nsecond line.\n\nSecond paragraph.",
			dialogue_widgets_block_event( array( 'description' => "  First line  \r\nsecond line.\r\n\r\n\r\n\r\nSecond paragraph.\n" ) )['description']
		);
	}
);

section(
	'an event\'s JSON-LD',
	static function () {
		$id = dw_add_post(
			array(
				'ID'           => 12,
				'post_title'   => 'Episode 7',
				'post_content' => dw_block( DW_FULL_BLOCK ),
			)
		);
		$document = dialogue_widgets_published_event( '12' );
		check_same(
			'every field as the shared contract has it, with the offset in force at that date',
			array(
				'@context'            => 'https://schema.org',
				'@type'               => 'Event',
				'@id'                 => 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/12',
				'url'                 => 'https://example.test/?p=12',
				'name'                => 'How to use partnerships to strengthen the Impact of Civic Tech',
				'description'         => "Digital Dialogues, episode 7.\n\nCivic tech groups on working together.",
				'startDate'           => '2025-07-06T16:00:00+02:00',
				'endDate'             => '2025-07-06T17:30:00+02:00',
				'eventSchedule'       => array(
					'@type'            => 'Schedule',
					'scheduleTimezone' => 'Africa/Maputo',
				),
				'eventStatus'         => 'https://schema.org/EventRescheduled',
				'eventAttendanceMode' => 'https://schema.org/OnlineEventAttendanceMode',
				'location'            => array(
					'@type' => 'VirtualLocation',
					'url'   => 'https://meet.example.org/j/7',
				),
				'image'               => 'https://example.org/banner.jpg',
				'offers'              => array(
					'@type'        => 'Offer',
					'url'          => 'https://example.org/register?event=7&ref=host',
					'validThrough' => '2025-07-05T12:00:00+02:00',
					'price'        => 0,
					'availability' => 'https://schema.org/InStock',
				),
				'recordedIn'          => array(
					'@type' => 'CreativeWork',
					'url'   => 'https://video.example.org/7',
				),
				'performer'           => array(
					array(
						'@type'       => 'Person',
						'name'        => 'Thandi Mokoena',
						'jobTitle'    => 'Programme lead',
						'url'         => 'https://example.org/thandi',
						'image'       => 'https://example.org/thandi.jpg',
						'affiliation' => array(
							'@type' => 'Organization',
							'name'  => 'Open Cities Lab',
							'url'   => 'https://opencitieslab.org/',
						),
					),
					array(
						'@type' => 'Person',
						'name'  => 'Ana Sitoe',
					),
				),
				'organizer'           => array(
					'@type' => 'Organization',
					'name'  => 'Dialogue Host',
					'url'   => 'https://example.test/',
				),
				'sponsor'             => array(
					array(
						'@type' => 'Organization',
						'name'  => 'Code for Africa',
						'url'   => 'https://codeforafrica.org/',
						'logo'  => 'https://example.org/cfa.svg',
					),
				),
			),
			$document
		);

		dw_add_post(
			array(
				'ID'           => 13,
				'post_title'   => 'Winter & summer',
				'post_content' => dw_block( array( 'start' => '2025-01-15T18:00', 'end' => '2025-01-15T19:00', 'timeZone' => 'Europe/London' ) )
					. dw_block( array( 'src' => 'https://other.example/wp-json/dialogue-widgets/v1/events/4' ) )
					. '<!-- wp:group --><div>' . dw_block( array( 'name' => 'Summer', 'start' => '2025-07-15T18:00', 'timeZone' => 'Europe/London', 'status' => 'cancelled' ) ) . '</div><!-- /wp:group -->',
			)
		);
		$winter = dialogue_widgets_published_event( '13' );
		$summer = dialogue_widgets_published_event( '13-2' );
		check_same( 'the first event of a post: the post\'s title when it has no name; minimal fields', array( 'Winter & summer', '2025-01-15T18:00:00+00:00', '2025-01-15T19:00:00+00:00', 'https://example.test/?p=13' ), array( $winter['name'], $winter['startDate'], $winter['endDate'], $winter['location']['url'] ) );
		check( 'no offers, recording, performer or sponsor when there are none', ! array_intersect_key( $winter, array_flip( array( 'offers', 'recordedIn', 'performer', 'sponsor', 'image', 'description' ) ) ), $winter );
		check_same( 'the next one (in a group; the src block skipped) is {id}-2, on summer time, cancelled', array( 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/13-2', '2025-07-15T18:00:00+01:00', 'https://schema.org/EventCancelled' ), array( $summer['@id'], $summer['startDate'], $summer['eventStatus'] ) );
		foreach ( array( '13-3', '13-1', '13-02', '013', '0', '13-', 'abc', '' ) as $missing ) {
			check_same( "no event at '$missing'", null, dialogue_widgets_published_event( $missing ) );
		}

		dw_add_post( array( 'ID' => 14, 'post_content' => dw_block( array( 'src' => 'https://other.example/e.json', 'name' => 'Theirs', 'start' => '2025-07-06T16:00', 'timeZone' => 'UTC' ) ) ) );
		check_same( 'a block that embeds another host\'s event by src is not published', null, dialogue_widgets_published_event( '14' ) );
		dw_add_post( array( 'ID' => 15, 'post_content' => dw_block( array( 'name' => 'No start', 'timeZone' => 'UTC' ) ) . dw_block( array( 'name' => 'Bad zone', 'start' => '2025-07-06T16:00', 'timeZone' => 'Nowhere/Land' ) ) ) );
		check_same( 'an event without a valid start is not published', array( null, null ), array( dialogue_widgets_published_event( '15' ), dialogue_widgets_published_event( '15-2' ) ) );

		$bad = dialogue_widgets_published_event( '12' );
		check( 'no address in the document is other than http(s)', ! preg_match( '#"(?:url|image|logo|@id)":"(?!https?://)#', wp_json_encode( $bad, JSON_UNESCAPED_SLASHES ) ) );
	}
);

section(
	'only published, public posts publish their events',
	static function () {
		$block    = dw_block( array( 'name' => 'E', 'start' => '2030-07-06T16:00', 'timeZone' => 'UTC' ) );
		$statuses = array(
			21 => array( 'post_status' => 'publish' ),
			22 => array( 'post_status' => 'draft' ),
			23 => array( 'post_status' => 'private' ),
			24 => array( 'post_status' => 'future' ),
			25 => array( 'post_password' => 'secret' ),
			26 => array( 'post_status' => 'trash' ),
			27 => array( 'post_status' => 'pending' ),
			28 => array( 'post_type' => 'page' ),
			29 => array( 'post_type' => 'wp_block' ), // A synced pattern: no public page.
			30 => array( 'post_type' => 'revision', 'post_status' => 'inherit' ),
		);
		$published = array();
		foreach ( $statuses as $id => $fields ) {
			dw_add_post( array_merge( array( 'ID' => $id, 'post_content' => $block ), $fields ) );
			if ( dialogue_widgets_published_event( (string) $id ) ) {
				$published[] = $id;
			}
		}
		check_same( 'a published post and a published page; no draft, private, scheduled, password-protected, trashed, pending, pattern or revision', array( 21, 28 ), $published );
		check_same( 'no post at all', null, dialogue_widgets_published_event( '99999' ) );

		dw_add_post( array( 'ID' => 31, 'post_type' => 'wp_block', 'post_title' => 'Pattern', 'post_content' => dw_block( array( 'name' => 'In a pattern', 'start' => '2030-07-06T16:00', 'timeZone' => 'UTC' ) ) . '<!-- wp:block {"ref":31} /-->' ) );
		dw_add_post( array( 'ID' => 32, 'post_type' => 'wp_block', 'post_status' => 'draft', 'post_content' => $block ) );
		dw_add_post( array( 'ID' => 33, 'post_content' => '<!-- wp:block {"ref":31} /--><!-- wp:block {"ref":32} /-->' . $block ) );
		check_same(
			'a synced pattern\'s event is its post\'s too (a draft pattern\'s is not; a pattern holding itself is read once)',
			array( 'In a pattern', 'E', null ),
			array( dialogue_widgets_published_event( '33' )['name'] ?? null, dialogue_widgets_published_event( '33-2' )['name'] ?? null, dialogue_widgets_published_event( '33-3' ) )
		);
	}
);

section(
	'the series: upcoming events and those that ended in the last 180 days, soonest first',
	static function () {
		$now   = gmmktime( 12, 0, 0, 7, 1, 2025 ); // 2025-07-01T12:00Z
		$posts = array(
			41 => dw_block( array( 'name' => 'Long ago', 'start' => '2024-12-01T10:00', 'end' => '2024-12-01T11:00', 'timeZone' => 'UTC' ) ), // Ended 212 days before.
			42 => dw_block( array( 'name' => 'Recent', 'start' => '2025-06-01T10:00', 'timeZone' => 'UTC' ) ),
			43 => dw_block( array( 'name' => 'Next year', 'start' => '2026-01-10T10:00', 'timeZone' => 'Africa/Maputo' ) ) . dw_block( array( 'name' => 'Next week', 'start' => '2025-07-08T10:00', 'timeZone' => 'Africa/Maputo' ) ),
			44 => dw_block( array( 'name' => 'Just inside', 'start' => '2025-01-02T10:00', 'end' => '2025-01-02T13:00', 'timeZone' => 'UTC' ) ), // Ended 179.96 days before.
		);
		foreach ( $posts as $id => $content ) {
			dw_add_post( array( 'ID' => $id, 'post_content' => $content ) );
		}
		dw_add_post( array( 'ID' => 45, 'post_status' => 'draft', 'post_content' => dw_block( array( 'name' => 'Draft', 'start' => '2025-07-09T10:00', 'timeZone' => 'UTC' ) ) ) );
		$GLOBALS['wpdb']->columns = array( '41', '42', '43', '44', '45' );
		$series = dialogue_widgets_series_json_ld( $now );
		$GLOBALS['wpdb']->columns = array();
		check_same(
			'an EventSeries with its own address, the site as organizer',
			array( 'https://schema.org', 'EventSeries', 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events', 'https://example.test/', 'Dialogue Host' ),
			array( $series['@context'], $series['@type'], $series['@id'], $series['url'], $series['name'] )
		);
		check_same( 'the events listed, soonest first', array( 'Just inside', 'Recent', 'Next week', 'Next year' ), array_column( $series['subEvent'], 'name' ) );
		check_same(
			'each with its own address and page',
			array(
				array( 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/44', 'https://example.test/?p=44' ),
				array( 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/42', 'https://example.test/?p=42' ),
				array( 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/43-2', 'https://example.test/?p=43' ),
				array( 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/43', 'https://example.test/?p=43' ),
			),
			array_map(
				static function ( $event ) {
					return array( $event['@id'], $event['url'] );
				},
				$series['subEvent']
			)
		);
		check( 'events in a series carry no @context of their own', ! array_filter( array_column( $series['subEvent'], '@context' ) ) );
	}
);

section(
	'the answers\' headers: JSON-LD, open to any origin, cacheable, ETag and 304',
	static function () {
		$document = array( '@context' => 'https://schema.org', '@type' => 'Event', 'name' => 'Café <b>' );
		$answer   = dialogue_widgets_rest_answer( 200, $document, '' );
		$etag     = $answer['headers']['ETag'] ?? '';
		check_same(
			'200: the document and the headers API.md lists',
			array(
				'status'  => 200,
				'headers' => array(
					'Content-Type'                  => 'application/ld+json; charset=UTF-8',
					'Access-Control-Allow-Origin'   => '*',
					'Access-Control-Expose-Headers' => 'Date, Age, ETag',
					'Cache-Control'                 => 'public, max-age=60',
					'ETag'                          => $etag,
				),
				'body'    => '{"@context":"https://schema.org","@type":"Event","name":"Café <b>"}',
			),
			$answer
		);
		check( 'the ETag is a quoted strong validator', (bool) preg_match( '/^"[0-9a-f]{32}"$/', $etag ), $etag );
		check_same( 'the same document, the same ETag', $etag, dialogue_widgets_rest_answer( 200, $document, '' )['headers']['ETag'] );
		check( 'another document, another ETag', $etag !== dialogue_widgets_rest_answer( 200, array( 'name' => 'Other' ), '' )['headers']['ETag'] );
		foreach ( array( $etag, "W/$etag", "\"x\", $etag", '*' ) as $header ) {
			$not_modified = dialogue_widgets_rest_answer( 200, $document, $header );
			check_same( "If-None-Match: $header → 304 without a body, with the same headers", array( 304, '', $answer['headers'] ), array( $not_modified['status'], $not_modified['body'], $not_modified['headers'] ) );
		}
		check_same( 'a stale ETag → 200', 200, dialogue_widgets_rest_answer( 200, $document, '"0123"' )['status'] );
		check_same( 'HEAD: the headers without the body', array( 200, '' ), array_values( array_intersect_key( dialogue_widgets_rest_answer( 200, $document, '', 'HEAD' ), array_flip( array( 'status', 'body' ) ) ) ) );

		check_same(
			'OPTIONS (a CORS preflight): 204, reading allowed from anywhere',
			array(
				'status'  => 204,
				'headers' => array(
					'Access-Control-Allow-Origin'  => '*',
					'Access-Control-Allow-Methods' => 'GET, HEAD',
					'Access-Control-Allow-Headers' => '*',
					'Access-Control-Max-Age'       => '86400',
					'Cache-Control'                => 'public, max-age=60',
				),
				'body'    => '',
			),
			dialogue_widgets_rest_answer( 200, $document, '', 'OPTIONS' )
		);

		$missing = dialogue_widgets_rest_answer( 404, array( 'code' => 'dialogue_widgets_no_event' ), '' );
		check_same( '404: readable from any origin too (a partner\'s card says why), no ETag', array( 404, 'application/json; charset=UTF-8', '*', false ), array( $missing['status'], $missing['headers']['Content-Type'], $missing['headers']['Access-Control-Allow-Origin'], isset( $missing['headers']['ETag'] ) ) );

		dw_with_options(
			array( DIALOGUE_WIDGETS_MAX_AGE_OPTION => '300' ),
			static function () use ( $document ) {
				check_same( 'the max-age setting', 'public, max-age=300', dialogue_widgets_rest_answer( 200, $document, '' )['headers']['Cache-Control'] );
			}
		);
		dw_with_options(
			array( DIALOGUE_WIDGETS_MAX_AGE_OPTION => 'javascript:1' ),
			static function () use ( $document ) {
				check_same( 'a stored max-age that is no number: the default', 'public, max-age=60', dialogue_widgets_rest_answer( 200, $document, '' )['headers']['Cache-Control'] );
			}
		);
		$values = array(
			'0'     => 0,
			'300'   => 300,
			' 86400 ' => 86400,
			'86401' => 60,
			'-1'    => 60,
			'1.5'   => 60,
			'abc'   => 60,
			''      => 60,
		);
		foreach ( $values as $value => $expected ) {
			check_same( "max-age '$value' is saved as $expected", $expected, dialogue_widgets_sanitize_max_age( (string) $value, false ) );
		}
		check( 'the max-age setting is on Settings → General', isset( $GLOBALS['dw_settings_fields'][ DIALOGUE_WIDGETS_MAX_AGE_OPTION ] ) && 'general' === $GLOBALS['dw_settings_fields'][ DIALOGUE_WIDGETS_MAX_AGE_OPTION ]['page'] );
		check( 'our routes, and only ours, are served by the plugin', dialogue_widgets_is_our_route( '/dialogue-widgets/v1/events' ) && dialogue_widgets_is_our_route( '/dialogue-widgets/v1/events/12-2' ) && ! dialogue_widgets_is_our_route( '/wp/v2/posts' ) && ! dialogue_widgets_is_our_route( '/dialogue-widgets/v1/eventsx' ) );
	}
);

section(
	'the block on the page',
	static function () {
		$content = dw_block( DW_FULL_BLOCK )
			. dw_block( array( 'name' => 'Second <b>', 'start' => '2025-07-06T18:00', 'timeZone' => 'Africa/Maputo', 'registerUrl' => 'javascript:alert(1)', 'description' => '</script><script>alert(1)</script> [dialogue_event src="https://evil.example/x"]' ) )
			. dw_block( array( 'src' => 'https://other.example/wp-json/dialogue-widgets/v1/events/4', 'canonical' => true ) )
			. dw_block( array( 'name' => 'Elsewhere', 'start' => '2025-07-06T18:00', 'timeZone' => 'Africa/Maputo', 'canonical' => false, 'description' => "One.\n\nTwo <i>", 'panelists' => array( array( 'name' => 'Ana', 'jobTitle' => 'Chair', 'organisation' => 'Org', 'organisationUrl' => 'https://org.example/', 'photo' => 'javascript:x' ) ), 'partners' => array( array( 'name' => 'CfA', 'url' => 'https://cfa.example/', 'logo' => 'https://cfa.example/l.svg' ) ) ) );
		dw_add_post( array( 'ID' => 51, 'post_title' => 'Page', 'post_content' => $content ) );
		$GLOBALS['post'] = get_post( 51 );
		$body            = dw_render_page( $content )['body'];
		unset( $GLOBALS['post'] );
		preg_match_all( '/<dialogue-event\b.*?<\/dialogue-event>/', $body, $m );
		list( $first, $second, $embed, $elsewhere ) = $m[0] + array( '', '', '', '' );

		check_same(
			'canonical (the default): the element\'s attributes as saved (wall time and zone)',
			'<dialogue-event name="How to use partnerships to strengthen the Impact of Civic Tech" start="2025-07-06T16:00" end="2025-07-06T17:30" time-zone="Africa/Maputo" status="rescheduled" register-url="https://example.org/register?event=7&#038;ref=host" registration-closes="2025-07-05T12:00" recording-url="https://video.example.org/7" join-url="https://meet.example.org/j/7" image="https://example.org/banner.jpg" image-alt="The panel on stage">',
			preg_replace( '/^(<dialogue-event[^>]*>).*/', '$1', $first )
		);
		preg_match( '/<script type="application\/ld\+json">(.*?)<\/script>/', $first, $script );
		check_same( '…and a JSON-LD child that is the very document its address serves', dialogue_widgets_published_event( '51' ), json_decode( $script[1] ?? 'null', true ) );
		check( '…and the <noscript> fallback last', (bool) preg_match( '/<\/script><noscript><strong>How to use partnerships[^<]*<\/strong> &middot; <time datetime="2025-07-06T16:00:00\+02:00">July 6, 2025 4:00 pm<\/time> \(Africa\/Maputo\) &middot; Rescheduled &middot; <a href="https:\/\/example.org\/register\?event=7&#038;ref=host">Register<\/a><\/noscript><\/dialogue-event>$/', $first ), $first );
		check( 'no canonical attribute: the JSON-LD is in the page already', false === strpos( $first, ' canonical' ) );
		check_same( 'each block in its wrapper <div>, as blocks are (the theme lays it out before the script runs)', 4, substr_count( $body, '<div class="wp-block-dialogue-widgets-event"><dialogue-event' ) );

		preg_match( '/<script type="application\/ld\+json">(.*?)<\/script>/', $second, $script );
		$json = $script[1] ?? '';
		check( 'a description cannot close the script or add a shortcode: no <, > or [ in it', '' !== $json && false === strpbrk( $json, '<>' ) && false === strpos( $json, '[dialogue_event' ), $json );
		check_same( '…and reads back as written; the second event\'s address is {id}-2', array( '</script><script>alert(1)</script> [dialogue_event src="https://evil.example/x"]', 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events/51-2' ), array( json_decode( $json, true )['description'] ?? null, json_decode( $json, true )['@id'] ?? null ) );
		check( 'the shortcode in the description was not run', false === strpos( $body, 'evil.example/x"></dialogue-event>' ) && 4 === count( $m[0] ), $body );
		check( 'a javascript: address is in neither the markup nor the JSON-LD', false === stripos( $body, 'javascript:' ) );

		check_same( 'a src block: the shortcode\'s element, never canonical', '<dialogue-event src="https://other.example/wp-json/dialogue-widgets/v1/events/4"></dialogue-event>', $embed );

		check_same(
			'not canonical: no JSON-LD; description, panelists and partners as children',
			'<dialogue-event name="Elsewhere" start="2025-07-06T18:00" time-zone="Africa/Maputo"><p>One.</p><p>Two &lt;i&gt;</p><dialogue-panelist name="Ana" job-title="Chair" organisation="Org" href="https://org.example/"></dialogue-panelist><dialogue-partner name="CfA" logo="https://cfa.example/l.svg" href="https://cfa.example/"></dialogue-partner><noscript><strong>Elsewhere</strong> &middot; <time datetime="2025-07-06T18:00:00+02:00">July 6, 2025 6:00 pm</time> (Africa/Maputo)</noscript></dialogue-event>',
			$elsewhere
		);

		$GLOBALS['post'] = (object) array();
		dw_add_post( array( 'ID' => 52, 'post_status' => 'draft', 'post_content' => dw_block( array( 'name' => 'Draft', 'start' => '2025-07-06T18:00', 'timeZone' => 'UTC' ) ) ) );
		$GLOBALS['post'] = get_post( 52 );
		$draft           = dw_render_page( dw_block( array( 'name' => 'Draft', 'start' => '2025-07-06T18:00', 'timeZone' => 'UTC' ) ) )['body'];
		unset( $GLOBALS['post'] );
		preg_match( '/<script type="application\/ld\+json">(.*?)<\/script>/', $draft, $script );
		check( 'a draft\'s preview has JSON-LD but no address (there is none until it is published)', isset( $script[1] ) && ! isset( json_decode( $script[1], true )['@id'] ), $draft );
	}
);
