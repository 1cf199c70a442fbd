<?php
/**
 * A Dialogue event block's attributes, checked again on the server: what the editor flags (an end before the
 * start, an unknown zone, a javascript: address) never reaches the page or the JSON-LD, whatever was saved.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Block status => schema.org EventStatus. "" is scheduled. */
const DIALOGUE_WIDGETS_STATUS_IRIS = array(
	'scheduled'    => 'https://schema.org/EventScheduled',
	'cancelled'    => 'https://schema.org/EventCancelled',
	'postponed'    => 'https://schema.org/EventPostponed',
	'rescheduled'  => 'https://schema.org/EventRescheduled',
	'moved-online' => 'https://schema.org/EventMovedOnline',
);

/**
 * An absolute http(s) address, or '' for anything else (javascript:, data:, relative, empty).
 *
 * @param mixed $value Address as saved.
 * @return string The address (raw, for JSON; escape it again for markup).
 */
function dialogue_widgets_safe_url( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	// Editors write & in addresses as &#038; or &amp; where nothing decodes it (as the library does).
	$value = preg_replace( '/&(?:#0*38|amp);/i', '&', trim( $value ) );
	if ( '' === $value || preg_match( '/[\x00-\x1f\x7f\s]/', $value ) || ! preg_match( '#^https?://[^/?\#\s]+#i', $value ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * One line of plain text: whitespace runs collapsed, invalid UTF-8 dropped.
 *
 * @param mixed $value Text.
 * @return string
 */
function dialogue_widgets_line( $value ) {
	if ( ! is_scalar( $value ) || is_bool( $value ) ) {
		return '';
	}
	return trim( preg_replace( '/[ \t\n\r\f\v]+/', ' ', wp_check_invalid_utf8( (string) $value, true ) ) );
}

/**
 * Plain text in paragraphs (separated by a blank line): lines kept, runs of blank lines made one.
 *
 * @param mixed $value Text.
 * @return string
 */
function dialogue_widgets_paragraphs( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$text = str_replace( array( "\r\n", "\r" ), "\n", wp_check_invalid_utf8( $value, true ) );
	$text = preg_replace( '/[ \t\f\x0B]+/', ' ', $text ); // Not \v: in PCRE that is every vertical space, \n too.
	$text = preg_replace( '/ *\n */', "\n", $text );
	return trim( preg_replace( '/\n{3,}/', "\n\n", $text ) );
}

/**
 * The address of a Media Library image, else the saved address: the library's copy follows an edit or a move.
 *
 * @param mixed  $id   Attachment id.
 * @param mixed  $url  Saved address.
 * @param string $size Image size.
 * @return string
 */
function dialogue_widgets_media_url( $id, $url, $size ) {
	if ( is_numeric( $id ) && (int) $id > 0 && function_exists( 'wp_get_attachment_image_url' ) ) {
		$found = wp_get_attachment_image_url( (int) $id, $size );
		if ( is_string( $found ) && '' !== dialogue_widgets_safe_url( $found ) ) {
			return dialogue_widgets_safe_url( $found );
		}
	}
	return dialogue_widgets_safe_url( $url );
}

/**
 * The event a block describes, every value checked. A value that cannot be used is left out and named in
 * 'problems' (field, value, message), as the element reports its own.
 *
 * - timeZone: an IANA name; when none is saved, the site's own named zone. An unknown one is dropped, and
 *   wall-clock times then have no zone, so they are dropped too (a guess would move the event).
 * - start/end/registrationCloses: wall-clock time in the zone, or ISO 8601 with an offset; end must be after
 *   start. Years 1900–2999.
 * - Addresses: http(s) only. Panelists need a name, partners a name.
 *
 * @param array  $attributes Block attributes (with block.json's defaults applied).
 * @param string $fallback_name The name to use when the block has none (the post's title).
 * @return array<string,mixed>
 */
function dialogue_widgets_block_event( $attributes, $fallback_name = '' ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$get        = static function ( $key ) use ( $attributes ) {
		return array_key_exists( $key, $attributes ) ? $attributes[ $key ] : null;
	};
	$problems   = array();
	$problem    = static function ( $field, $value, $message ) use ( &$problems ) {
		$problems[] = array(
			'field'   => $field,
			'value'   => is_scalar( $value ) ? (string) $value : wp_json_encode( $value ),
			'message' => $message,
		);
	};

	$name = dialogue_widgets_line( $get( 'name' ) );
	if ( '' === $name ) {
		$name = dialogue_widgets_line( $fallback_name );
	}

	$zone_written = dialogue_widgets_line( $get( 'timeZone' ) );
	if ( '' === $zone_written ) {
		$zone = dialogue_widgets_site_zone();
	} else {
		$zone = dialogue_widgets_zone( $zone_written );
		if ( ! $zone ) {
			$problem( 'timeZone', $zone_written, 'is not an IANA time zone such as Africa/Maputo; it is left out' );
		}
	}

	$times = array();
	foreach ( array( 'start', 'end', 'registrationCloses' ) as $field ) {
		$written = dialogue_widgets_line( $get( $field ) );
		$moment  = '' === $written ? null : dialogue_widgets_parse_moment( $written, $zone );
		if ( '' !== $written && ! $moment ) {
			$problem( $field, $written, $zone ? 'is not a date and time such as 2025-07-06T16:00; it is left out' : 'has no valid time zone to place it in; it is left out' );
		}
		$times[ $field ] = $moment ? array( 'written' => $written, 'moment' => $moment ) : null;
	}
	if ( $times['end'] && ( ! $times['start'] || $times['end']['moment'] <= $times['start']['moment'] ) ) {
		$problem( 'end', $times['end']['written'], $times['start'] ? 'is not after the start; it is left out' : 'has no start; it is left out' );
		$times['end'] = null;
	}

	$status = dialogue_widgets_line( $get( 'status' ) );
	if ( '' !== $status && ! isset( DIALOGUE_WIDGETS_STATUS_IRIS[ $status ] ) ) {
		$problem( 'status', $status, 'is not one of ' . implode( ', ', array_keys( DIALOGUE_WIDGETS_STATUS_IRIS ) ) . '; scheduled is used' );
		$status = '';
	}

	$urls = array();
	foreach ( array( 'registerUrl', 'joinUrl', 'recordingUrl', 'src' ) as $field ) {
		$written        = $get( $field );
		$urls[ $field ] = dialogue_widgets_safe_url( $written );
		if ( '' === $urls[ $field ] && is_string( $written ) && '' !== trim( $written ) ) {
			$problem( $field, $written, 'is not an http(s) address; it is left out' );
		}
	}
	$image = dialogue_widgets_media_url( $get( 'imageId' ), $get( 'image' ), 'large' );
	if ( '' === $image && is_string( $get( 'image' ) ) && '' !== trim( $get( 'image' ) ) ) {
		$problem( 'image', $get( 'image' ), 'is not an http(s) address; it is left out' );
	}

	$panelists = array();
	foreach ( is_array( $get( 'panelists' ) ) ? array_values( $get( 'panelists' ) ) : array() as $i => $person ) {
		$person = is_array( $person ) ? $person : array();
		$entry  = array(
			'name'            => dialogue_widgets_line( $person['name'] ?? '' ),
			'jobTitle'        => dialogue_widgets_line( $person['jobTitle'] ?? '' ),
			'organisation'    => dialogue_widgets_line( $person['organisation'] ?? '' ),
			'organisationUrl' => dialogue_widgets_safe_url( $person['organisationUrl'] ?? '' ),
			'url'             => dialogue_widgets_safe_url( $person['url'] ?? '' ),
			'photo'           => dialogue_widgets_media_url( $person['photoId'] ?? 0, $person['photo'] ?? '', 'medium' ),
		);
		if ( '' === $entry['name'] ) {
			$problem( "panelists[$i]", $person, 'has no name; left out of the panel' );
			continue;
		}
		$panelists[] = $entry;
	}

	$partners = array();
	foreach ( is_array( $get( 'partners' ) ) ? array_values( $get( 'partners' ) ) : array() as $i => $partner ) {
		$partner = is_array( $partner ) ? $partner : array();
		$entry   = array(
			'name' => dialogue_widgets_line( $partner['name'] ?? '' ),
			'url'  => dialogue_widgets_safe_url( $partner['url'] ?? '' ),
			'logo' => dialogue_widgets_media_url( $partner['logoId'] ?? 0, $partner['logo'] ?? '', 'medium' ),
		);
		if ( '' === $entry['name'] ) {
			$problem( "partners[$i]", $partner, 'has no name; left out of the partners' );
			continue;
		}
		$partners[] = $entry;
	}

	$viewer_zone = dialogue_widgets_line( $get( 'viewerTimeZone' ) );
	if ( '' !== $viewer_zone && ! dialogue_widgets_zone( $viewer_zone ) ) {
		$problem( 'viewerTimeZone', $viewer_zone, 'is not an IANA time zone; it is left out' );
		$viewer_zone = '';
	}
	$lang = dialogue_widgets_line( $get( 'lang' ) );
	if ( '' !== $lang && ! preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/', $lang ) ) {
		$problem( 'lang', $lang, 'is not a language tag such as fr or pt-BR; it is left out' );
		$lang = '';
	}

	return array(
		'name'               => $name,
		'description'        => dialogue_widgets_paragraphs( $get( 'description' ) ),
		'timeZone'           => $zone ? $zone->getName() : '',
		'start'              => $times['start'],
		'end'                => $times['end'],
		'registrationCloses' => $times['registrationCloses'],
		'status'             => $status,
		'registerUrl'        => $urls['registerUrl'],
		'joinUrl'            => $urls['joinUrl'],
		'recordingUrl'       => $urls['recordingUrl'],
		'image'              => $image,
		'imageAlt'           => dialogue_widgets_line( $get( 'imageAlt' ) ),
		'panelists'          => $panelists,
		'partners'           => $partners,
		'viewerTimeZone'     => $viewer_zone,
		'lang'               => $lang,
		'src'                => $urls['src'],
		'canonical'          => null === $get( 'canonical' ) ? true : dialogue_widgets_is_true( $get( 'canonical' ) ),
		'problems'           => $problems,
	);
}

/**
 * Whether the block embeds another host's event (`src` saved, whatever its value) rather than describing one.
 * Such a block is never published: the event is the other host's.
 *
 * @param array $attributes Block attributes.
 * @return bool
 */
function dialogue_widgets_block_embeds( $attributes ) {
	return is_array( $attributes ) && isset( $attributes['src'] ) && is_string( $attributes['src'] ) && '' !== trim( $attributes['src'] );
}
