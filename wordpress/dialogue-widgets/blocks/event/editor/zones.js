/**
 * Time zones for people: the searchable list (city, region, current offset, the zone's name), the site's
 * zone, and a moment written out in words in the event's zone. Uses the browser's Intl only; the card's
 * own rules (what a start means, when it is live) stay in the library (see library.js).
 */
( function () {
	var ns = ( window.dialogueWidgetsBlock = window.dialogueWidgetsBlock || {} );
	var data = window.dialogueWidgetsEditorData || {};
	var locale = document.documentElement.lang || undefined;

	// ICU (and so Chromium's list) still spells some zones the old way; people search for today's names.
	var MODERN = {
		'Asia/Calcutta': 'Asia/Kolkata',
		'Asia/Katmandu': 'Asia/Kathmandu',
		'Asia/Saigon': 'Asia/Ho_Chi_Minh',
		'Asia/Rangoon': 'Asia/Yangon',
		'Europe/Kiev': 'Europe/Kyiv',
		'Africa/Asmera': 'Africa/Asmara',
		'Atlantic/Faeroe': 'Atlantic/Faroe',
		'America/Godthab': 'America/Nuuk',
		'Pacific/Truk': 'Pacific/Chuuk',
		'Pacific/Ponape': 'Pacific/Pohnpei'
	};

	/** Whether the browser knows `name` as an IANA zone (a place or UTC, not an offset). */
	function isZone( name ) {
		if ( typeof name !== 'string' || ! /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test( name ) ) {
			return false;
		}
		try {
			new Intl.DateTimeFormat( 'en', { timeZone: name } );
			return true;
		} catch {
			return false;
		}
	}

	/** One part of Intl's formatting of `epochMs` in `zone`. */
	function part( epochMs, zone, options, type ) {
		var found = new Intl.DateTimeFormat( locale, Object.assign( { timeZone: zone }, options ) )
			.formatToParts( new Date( epochMs ) )
			.filter( function ( p ) {
				return p.type === type;
			} )[ 0 ];
		return found ? found.value : '';
	}

	/** "GMT+02:00" (or "GMT"): the zone's offset at that moment. */
	function offsetAt( zone, epochMs ) {
		return part( epochMs, zone, { timeZoneName: 'longOffset' }, 'timeZoneName' );
	}

	/** "Central Africa Time", or '' where the locale has no name but the offset. */
	function zoneNameAt( zone, epochMs ) {
		var name = part( epochMs, zone, { timeZoneName: 'long' }, 'timeZoneName' );
		return /^(GMT|UTC)([+\-\u2212]|$)/.test( name ) && zone !== 'UTC' ? '' : name;
	}

	/** "Maputo, Africa (GMT+02:00, Central Africa Time)": the city first, because that is what people type. */
	function zoneLabel( zone, epochMs ) {
		var pieces = zone.split( '/' );
		var city = pieces[ pieces.length - 1 ].replace( /_/g, ' ' );
		var region = pieces.length > 1 ? pieces[ pieces.length - 2 ].replace( /_/g, ' ' ) : '';
		var name = zoneNameAt( zone, epochMs );
		var offset = offsetAt( zone, epochMs );
		var detail = [ offset, name ].filter( Boolean ).join( ', ' );
		return ( region ? city + ', ' + region : city ) + ( detail ? ' (' + detail + ')' : '' );
	}

	var options = null;

	/** The ComboboxControl options for every zone the browser knows, by city; built once. */
	function zoneOptions() {
		if ( options ) {
			return options;
		}
		var now = Date.now();
		var names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf( 'timeZone' ) : [];
		var seen = {};
		options = names
			.concat( [ 'UTC' ] )
			.map( function ( name ) {
				return MODERN[ name ] && isZone( MODERN[ name ] ) ? MODERN[ name ] : name;
			} )
			.filter( function ( name ) {
				if ( seen[ name ] || ! isZone( name ) ) {
					return false;
				}
				seen[ name ] = true;
				return true;
			} )
			.map( function ( name ) {
				return { value: name, label: zoneLabel( name, now ) };
			} )
			.sort( function ( a, b ) {
				return a.label.localeCompare( b.label );
			} );
		return options;
	}

	/** The options, with `current` added when the list lacks it (an old block's zone spelled another way). */
	function zoneOptionsWith( current ) {
		var list = zoneOptions();
		if ( ! current || ! isZone( current ) ) {
			return list;
		}
		for ( var i = 0; i < list.length; i++ ) {
			if ( list[ i ].value === current ) {
				return list;
			}
		}
		return [ { value: current, label: zoneLabel( current, Date.now() ) } ].concat( list );
	}

	/** The site's zone from Settings → General when it is a place; '' when the site has only an offset. */
	function siteZone() {
		return isZone( data.siteTimeZone ) ? data.siteTimeZone : '';
	}

	/** "UTC+2", "UTC-3:30": the site's bare offset, or '' when the site has a named zone. */
	function siteOffsetLabel() {
		if ( siteZone() || typeof data.siteOffsetHours !== 'number' ) {
			return '';
		}
		var hours = data.siteOffsetHours;
		var abs = Math.abs( hours );
		var minutes = Math.round( ( abs % 1 ) * 60 );
		return 'UTC' + ( hours < 0 ? '-' : '+' ) + Math.floor( abs ) + ( minutes ? ':' + String( minutes ).padStart( 2, '0' ) : '' );
	}

	/**
	 * A moment in words, in the event's zone: "Thu, 6 July 2023, 16:00 Central Africa Time" (order and
	 * words follow the editor's language; 12- or 24-hour as the site's time format).
	 */
	function describeMoment( epochMs, zone ) {
		var at = new Date( epochMs );
		var day = new Intl.DateTimeFormat( locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone } ).format( at );
		var time = new Intl.DateTimeFormat( locale, { hour: 'numeric', minute: '2-digit', hour12: !! data.timeFormat12Hour, timeZone: zone } ).format( at );
		var name = zoneNameAt( zone, epochMs ) || offsetAt( zone, epochMs );
		return day + ', ' + time + ' ' + name;
	}

	ns.zones = {
		isZone: isZone,
		zoneOptions: zoneOptionsWith,
		siteZone: siteZone,
		siteOffsetLabel: siteOffsetLabel,
		describeMoment: describeMoment
	};
}() );
