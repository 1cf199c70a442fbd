<?php
/**
 * Reading the times authors write, as the library reads them (src/time/parse-moment.ts): an ISO 8601 date
 * `YYYY-MM-DD`, optionally `THH:mm[:ss[.fff]]`, optionally `Z` or `±HH[:MM]`. Without an offset it is
 * wall-clock time in the event's zone, which PHP's time zone database turns into an instant (so summer
 * time is always right).
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A zone for an IANA name, or null for anything else (an offset such as "+02:00", an abbreviation, a typo).
 * Backward-compatible names (Asia/Calcutta, US/Eastern) are IANA names too; any letter case is accepted and
 * the zone is named as IANA spells it.
 *
 * @param mixed $name Zone name.
 * @return DateTimeZone|null
 */
function dialogue_widgets_zone( $name ) {
	static $known = null;
	if ( ! is_string( $name ) || '' === trim( $name ) ) {
		return null;
	}
	if ( null === $known ) {
		// Lower-case name => the name as IANA spells it: browsers accept any case, and so does the library.
		$known = array();
		foreach ( DateTimeZone::listIdentifiers( DateTimeZone::ALL_WITH_BC ) as $identifier ) {
			// Files some systems' zone databases hold that are not zones anyone means.
			if ( in_array( $identifier, array( 'Factory', 'localtime', 'leapseconds', 'posixrules' ), true ) ) {
				continue;
			}
			$known[ strtolower( $identifier ) ] = $identifier;
		}
	}
	$key = strtolower( trim( $name ) );
	return isset( $known[ $key ] ) ? new DateTimeZone( $known[ $key ] ) : null;
}

/**
 * The site's own zone (Settings → General) when it is a named zone, else null (a bare UTC offset).
 *
 * @return DateTimeZone|null
 */
function dialogue_widgets_site_zone() {
	return dialogue_widgets_zone( get_option( 'timezone_string', '' ) );
}

/**
 * Seconds east of UTC that $zone is at the instant $timestamp.
 *
 * @param DateTimeZone $zone      Zone.
 * @param int          $timestamp Unix time.
 * @return int
 */
function dialogue_widgets_offset_at( DateTimeZone $zone, $timestamp ) {
	return $zone->getOffset( new DateTimeImmutable( '@' . $timestamp ) );
}

/**
 * The instant a wall-clock time stands for in $zone, by the library's rule (RFC 5545's and Temporal's
 * "compatible" one): a time skipped by a daylight-saving gap moves forward by the gap's length (02:30 on a
 * spring-forward night is 03:30); a time that happens twice is its first occurrence. PHP's own parsing picks
 * either occurrence depending on the zone, so this is done by hand from the zone's offsets.
 *
 * @param int          $wall Wall-clock fields read as if they were UTC (a "local timestamp").
 * @param DateTimeZone $zone Zone.
 * @return int Unix time.
 */
function dialogue_widgets_resolve_wall_time( $wall, DateTimeZone $zone ) {
	// Offsets a day either side bracket any single transition.
	$before     = dialogue_widgets_offset_at( $zone, $wall - DAY_IN_SECONDS );
	$after      = dialogue_widgets_offset_at( $zone, $wall + DAY_IN_SECONDS );
	$candidates = array();
	foreach ( array_unique( array( $before, $after ) ) as $offset ) {
		$instant = $wall - $offset;
		if ( $wall - dialogue_widgets_offset_at( $zone, $instant ) === $instant ) {
			$candidates[] = $instant;
		}
	}
	if ( $candidates ) {
		return min( $candidates );
	}
	// In a gap: keep the offset in force before it, which lands after the gap.
	return $wall - $before;
}

/**
 * Parses a time as the element would. Returns the instant, or null when the text is not a time, not a real
 * date, outside the years 1900–2999, or wall-clock time with no zone to place it in.
 *
 * @param mixed             $written Text as the author wrote it.
 * @param DateTimeZone|null $zone    The event's zone.
 * @return DateTimeImmutable|null The instant, in $zone when given (else in the written offset).
 */
function dialogue_widgets_parse_moment( $written, $zone ) {
	if ( ! is_string( $written ) ) {
		return null;
	}
	$pattern = '/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i';
	if ( ! preg_match( $pattern, trim( $written ), $m ) ) {
		return null;
	}
	list( $year, $month, $day ) = array( (int) $m[1], (int) $m[2], (int) $m[3] );
	$hour   = isset( $m[4] ) && '' !== $m[4] ? (int) $m[4] : 0;
	$minute = isset( $m[5] ) && '' !== $m[5] ? (int) $m[5] : 0;
	$second = isset( $m[6] ) && '' !== $m[6] ? (int) $m[6] : 0;
	if ( $year < 1900 || $year > 2999 || ! checkdate( $month, $day, $year ) || $hour > 23 || $minute > 59 || $second > 59 ) {
		return null;
	}
	$wall = gmmktime( $hour, $minute, $second, $month, $day, $year );

	if ( isset( $m[7] ) && '' !== $m[7] ) {
		if ( 'z' === strtolower( $m[7] ) ) {
			$offset = 0;
		} else {
			preg_match( '/^([+-])(\d{2}):?(\d{2})?$/', $m[7], $o );
			$hours   = (int) $o[2];
			$minutes = isset( $o[3] ) ? (int) $o[3] : 0;
			if ( $hours > 18 || $minutes > 59 ) {
				return null;
			}
			$offset = ( '-' === $o[1] ? -1 : 1 ) * ( $hours * 3600 + $minutes * 60 );
		}
		$instant = new DateTimeImmutable( '@' . ( $wall - $offset ) );
		if ( $zone ) {
			return $instant->setTimezone( $zone );
		}
		$sign = $offset < 0 ? '-' : '+';
		return $instant->setTimezone( new DateTimeZone( sprintf( '%s%02d:%02d', $sign, intdiv( abs( $offset ), 3600 ), intdiv( abs( $offset ) % 3600, 60 ) ) ) );
	}
	if ( ! $zone ) {
		return null;
	}
	return ( new DateTimeImmutable( '@' . dialogue_widgets_resolve_wall_time( $wall, $zone ) ) )->setTimezone( $zone );
}

/**
 * ISO 8601 with the offset in force at that instant, seconds only when there are any: 2025-07-06T16:00:00+02:00.
 *
 * @param DateTimeImmutable $moment Instant in the zone to write.
 * @return string
 */
function dialogue_widgets_iso( DateTimeImmutable $moment ) {
	return $moment->format( 'Y-m-d\TH:i:sP' );
}
