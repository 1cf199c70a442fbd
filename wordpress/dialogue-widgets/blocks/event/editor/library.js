/**
 * The library itself, in the editor: loaded into a document (the editor canvas, an iframe in WordPress
 * 6.3+, or the editor page), so the preview is the real card and the editor judges input by the card's
 * own rules (buildEvent), stated once in the library rather than again here.
 */
( function () {
	var ns = ( window.dialogueWidgetsBlock = window.dialogueWidgetsBlock || {} );
	var data = window.dialogueWidgetsEditorData || {};
	var loads = new WeakMap();

	/**
	 * Loads the library's module into `doc` once and resolves with its exports (setClock, FixedClock,
	 * buildEvent, …). Each document is its own realm: its elements and its clock are its own.
	 */
	function load( doc ) {
		if ( loads.has( doc ) ) {
			return loads.get( doc );
		}
		var promise = new Promise( function ( resolve, reject ) {
			var win = doc.defaultView;
			if ( ! data.scriptUrl || ! win ) {
				reject( new Error( 'no script address' ) );
				return;
			}
			var done = 'dialogue-widgets-editor-loaded-' + Math.random().toString( 36 ).slice( 2 );
			win.addEventListener( done, function ( event ) {
				if ( event.detail && event.detail.lib ) {
					resolve( event.detail.lib );
				} else {
					reject( new Error( String( event.detail && event.detail.error ) ) );
				}
			}, { once: true } );
			// A dynamic import run by a script of that document, so the module lives in its realm.
			var script = doc.createElement( 'script' );
			script.textContent = 'import(' + JSON.stringify( data.scriptUrl ) + ').then(' +
				'function(lib){dispatchEvent(new CustomEvent(' + JSON.stringify( done ) + ',{detail:{lib:lib}}))},' +
				'function(error){dispatchEvent(new CustomEvent(' + JSON.stringify( done ) + ',{detail:{error:String(error)}}))});';
			doc.head.appendChild( script );
			script.remove();
		} );
		loads.set( doc, promise );
		return promise;
	}

	var URL_FIELDS = [
		[ 'registerUrl', 'register-url' ],
		[ 'joinUrl', 'join-url' ],
		[ 'recordingUrl', 'recording-url' ],
		[ 'image', 'image' ]
	];
	var MOMENT_FIELDS = [
		[ 'start', 'start' ],
		[ 'end', 'end' ],
		[ 'registrationCloses', 'registration-closes' ]
	];

	function filled( value ) {
		return typeof value === 'string' && value.trim() !== '';
	}

	/** The block's attributes as the library's raw event (attribute names, RawPerson, RawPartner). */
	function rawEvent( a ) {
		return {
			name: a.name,
			description: a.description,
			start: a.start,
			end: a.end,
			'time-zone': a.timeZone,
			status: a.status,
			'register-url': a.registerUrl,
			'registration-closes': a.registrationCloses,
			'recording-url': a.recordingUrl,
			'join-url': a.joinUrl,
			image: a.image,
			'image-alt': a.imageAlt,
			url: a.src,
			panelists: ( a.panelists || [] ).map( function ( p ) {
				return { name: p.name, role: p.jobTitle, organisation: p.organisation, href: p.organisationUrl, url: p.url, photo: p.photo };
			} ),
			partners: ( a.partners || [] ).map( function ( p ) {
				return { name: p.name, href: p.url, logo: p.logo };
			} )
		};
	}

	/**
	 * Judges the block's attributes with the card's rules. Returns
	 *  - errors: { attribute: kind } for input the card would refuse ('url', 'zone', 'moment', 'order'),
	 *    with list fields as "panelists.0.photo";
	 *  - notes: { attribute: message } for input the card adjusts (a time the clocks skip);
	 *  - event: the card's normalised event (epoch times), and `clean`: the attributes without the refused values.
	 * Relative addresses are refused too (base about:blank): an author means a full address.
	 */
	function check( attributes, lib ) {
		var raw = rawEvent( attributes );
		var event = lib.buildEvent( [ { fields: raw, baseUrl: 'about:blank' } ] );
		var errors = {};
		var notes = {};
		var clean = Object.assign( {}, attributes );

		URL_FIELDS.forEach( function ( f ) {
			if ( filled( attributes[ f[ 0 ] ] ) && event[ f[ 0 ] ] === null ) {
				errors[ f[ 0 ] ] = 'url';
				delete clean[ f[ 0 ] ];
			}
		} );
		if ( filled( attributes.src ) && event.url === null ) {
			errors.src = 'url';
			delete clean.src;
		}
		if ( filled( attributes.viewerTimeZone ) && ! ns.zones.isZone( attributes.viewerTimeZone.trim() ) ) {
			errors.viewerTimeZone = 'zone';
			delete clean.viewerTimeZone;
		}
		if ( filled( attributes.timeZone ) && event.timeZone === null ) {
			errors.timeZone = 'zone';
			delete clean.timeZone;
		}
		MOMENT_FIELDS.forEach( function ( f ) {
			if ( ! filled( attributes[ f[ 0 ] ] ) ) {
				return;
			}
			if ( event[ f[ 0 ] ] === null ) {
				// The end is dropped when unreadable or not after the start: tell which.
				var alone = lib.buildEvent( [ { fields: { start: attributes[ f[ 0 ] ], 'time-zone': clean.timeZone }, baseUrl: 'about:blank' } ] );
				errors[ f[ 0 ] ] = f[ 0 ] === 'end' && alone.start !== null ? 'order' : 'moment';
				delete clean[ f[ 0 ] ];
				return;
			}
			event.problems.forEach( function ( p ) {
				if ( p.field === f[ 1 ] ) {
					notes[ f[ 0 ] ] = p.message;
				}
			} );
		} );

		// Panelists and partners: the library names a bad value "panelists[2].photo".
		var listKeys = { href: { panelists: 'organisationUrl', partners: 'url' }, url: { panelists: 'url' }, photo: { panelists: 'photo' }, logo: { partners: 'logo' } };
		var lists = { panelists: ( attributes.panelists || [] ).map( copy ), partners: ( attributes.partners || [] ).map( copy ) };
		event.problems.forEach( function ( p ) {
			var m = /^(panelists|partners)\[(\d+)\]\.(\w+)$/.exec( p.field );
			var key = m && listKeys[ m[ 3 ] ] && listKeys[ m[ 3 ] ][ m[ 1 ] ];
			if ( key && lists[ m[ 1 ] ][ m[ 2 ] ] ) {
				errors[ m[ 1 ] + '.' + m[ 2 ] + '.' + key ] = 'url';
				delete lists[ m[ 1 ] ][ m[ 2 ] ][ key ];
			}
		} );
		clean.panelists = lists.panelists.filter( function ( p ) {
			return filled( p.name );
		} );
		clean.partners = lists.partners.filter( function ( p ) {
			return filled( p.name );
		} );
		return { errors: errors, notes: notes, event: event, clean: clean };
	}

	function copy( item ) {
		return Object.assign( {}, item );
	}

	var HOUR = 3600000;
	var DAY = 24 * HOUR;

	/**
	 * The moments the author can preview the card at, from the card's own reading of the times:
	 * a day before, ten minutes in (or halfway through a shorter event), an hour after the end
	 * (a day after the start when there is no end). Null without a usable start.
	 */
	function previewMoments( event ) {
		var start = event && event.start && event.start.epochMs;
		if ( typeof start !== 'number' ) {
			return null;
		}
		var end = event.end && event.end.epochMs;
		var hasEnd = typeof end === 'number';
		return {
			before: start - DAY,
			during: start + ( hasEnd ? Math.min( 10 * 60000, ( end - start ) / 2 ) : 10 * 60000 ),
			after: hasEnd ? end + HOUR : start + DAY
		};
	}

	ns.library = { load: load, check: check, previewMoments: previewMoments };
}() );
