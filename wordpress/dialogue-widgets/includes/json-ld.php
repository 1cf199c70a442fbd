<?php
/**
 * The schema.org JSON-LD a host publishes (API.md, "Publishing"; the shared contract in wordpress/README.md):
 * one Event per block, and the site's events as one EventSeries. The library reads it back (src/model/from-json-ld.ts).
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The host site as the events' organizer: its name, home page and site icon.
 *
 * @return array<string,string>
 */
function dialogue_widgets_organizer() {
	$organizer = array(
		'@type' => 'Organization',
		'name'  => wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
		'url'   => home_url( '/' ),
	);
	$icon = function_exists( 'get_site_icon_url' ) ? dialogue_widgets_safe_url( get_site_icon_url( 512 ) ) : '';
	if ( '' !== $icon ) {
		$organizer['logo'] = $icon;
	}
	return $organizer;
}

/**
 * Drops the keys whose value is '', null or an empty array, so the document names only what is known.
 *
 * @param array $fields Fields.
 * @return array
 */
function dialogue_widgets_known( $fields ) {
	return array_filter(
		$fields,
		static function ( $value ) {
			return ! ( null === $value || '' === $value || array() === $value );
		}
	);
}

/**
 * One event as schema.org Event JSON-LD, or null when it cannot be published: an event needs a name and a
 * valid start.
 *
 * @param array       $event   From dialogue_widgets_block_event().
 * @param string      $url     The event's page (permalink).
 * @param string|null $address Its JSON-LD address (@id), or null when it has none (not published).
 * @param bool        $context Whether to open with @context (false inside a series).
 * @return array<string,mixed>|null
 */
function dialogue_widgets_event_json_ld( $event, $url, $address = null, $context = true ) {
	if ( '' === $event['name'] || ! $event['start'] ) {
		return null;
	}
	$iso = static function ( $time ) {
		return $time ? dialogue_widgets_iso( $time['moment'] ) : null;
	};

	$performers = array();
	foreach ( $event['panelists'] as $person ) {
		$affiliation  = '' !== $person['organisation']
			? dialogue_widgets_known(
				array(
					'@type' => 'Organization',
					'name'  => $person['organisation'],
					'url'   => $person['organisationUrl'],
				)
			)
			: null;
		$performers[] = dialogue_widgets_known(
			array(
				'@type'       => 'Person',
				'name'        => $person['name'],
				'jobTitle'    => $person['jobTitle'],
				'url'         => $person['url'],
				'image'       => $person['photo'],
				'affiliation' => $affiliation,
			)
		);
	}
	$sponsors = array();
	foreach ( $event['partners'] as $partner ) {
		$sponsors[] = dialogue_widgets_known(
			array(
				'@type' => 'Organization',
				'name'  => $partner['name'],
				'url'   => $partner['url'],
				'logo'  => $partner['logo'],
			)
		);
	}

	$document = dialogue_widgets_known(
		array(
			'@context'            => $context ? 'https://schema.org' : null,
			'@type'               => 'Event',
			'@id'                 => $address,
			'url'                 => $url,
			'name'                => $event['name'],
			'description'         => $event['description'],
			'startDate'           => $iso( $event['start'] ),
			'endDate'             => $iso( $event['end'] ),
			'eventSchedule'       => '' !== $event['timeZone']
				? array(
					'@type'            => 'Schedule',
					'scheduleTimezone' => $event['timeZone'],
				)
				: null,
			'eventStatus'         => DIALOGUE_WIDGETS_STATUS_IRIS[ '' === $event['status'] ? 'scheduled' : $event['status'] ],
			'eventAttendanceMode' => 'https://schema.org/OnlineEventAttendanceMode',
			'location'            => '' !== $event['joinUrl'] || '' !== (string) $url
				? array(
					'@type' => 'VirtualLocation',
					'url'   => '' !== $event['joinUrl'] ? $event['joinUrl'] : $url,
				)
				: null,
			'image'               => $event['image'],
			'offers'              => '' !== $event['registerUrl']
				? dialogue_widgets_known(
					array(
						'@type'         => 'Offer',
						'url'           => $event['registerUrl'],
						'validThrough'  => $iso( $event['registrationCloses'] ),
						'price'         => 0,
						'availability'  => 'https://schema.org/InStock',
					)
				)
				: null,
			'recordedIn'          => '' !== $event['recordingUrl']
				? array(
					'@type' => 'CreativeWork',
					'url'   => $event['recordingUrl'],
				)
				: null,
			'performer'           => $performers,
			'organizer'           => dialogue_widgets_organizer(),
			'sponsor'             => $sponsors,
		)
	);

	/**
	 * Filters one event's JSON-LD, on the page and at its address alike.
	 *
	 * @param array $document The document.
	 * @param array $event    The checked block values it was made from.
	 */
	return apply_filters( 'dialogue_widgets_event_json_ld', $document, $event );
}

/**
 * JSON that is safe inside a <script> in post content: `<`, `>` and `&` escaped (no text can close the script),
 * and `[`/`]` inside strings escaped too, so a description quoting a shortcode is not run by do_shortcode.
 * Decoded, it is the same document.
 *
 * @param mixed $document Document.
 * @return string
 */
function dialogue_widgets_script_json( $document ) {
	$json = wp_json_encode( $document, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP );
	return preg_replace_callback(
		'/"(?:[^"\\\\]|\\\\.)*"/s',
		static function ( $string ) {
			return str_replace( array( '[', ']' ), array( '\u005b', '\u005d' ), $string[0] );
		},
		(string) $json
	);
}
