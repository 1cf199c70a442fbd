/**
 * The live preview: the real <dialogue-event> card, rendered by React in the editor canvas from the
 * block's valid attributes, and the moment it is shown at (now, before, during or after the event),
 * set with the library's documented clock in the canvas only; the published page keeps the real time.
 */
( function ( element, i18n, components ) {
	var ns = ( window.dialogueWidgetsBlock = window.dialogueWidgetsBlock || {} );
	var settings = window.dialogueWidgetsEditorData || {};
	var el = element.createElement;
	var __ = i18n.__;

	/** The library loaded into `doc`: { lib, failed }, re-rendering when it arrives. */
	function useLibrary( doc ) {
		var state = element.useState( { lib: null, failed: false } );
		element.useEffect( function () {
			if ( ! doc ) {
				return undefined;
			}
			var live = true;
			ns.library.load( doc ).then( function ( lib ) {
				if ( live ) {
					state[ 1 ]( { lib: lib, failed: false } );
				}
			}, function () {
				if ( live ) {
					state[ 1 ]( { lib: null, failed: true } );
				}
			} );
			return function () {
				live = false;
			};
		}, [ doc ] );
		return state[ 0 ];
	}

	/**
	 * The JSON-LD the card reads the panel and the partners from: the one form that carries both a
	 * person's own page and their organisation's. On the event's own page (canonical) the published
	 * document also names the site as organizer, which the card lists first among the partners.
	 */
	function peopleJsonLd( clean ) {
		var organizer = clean.canonical !== false && settings.organizer ? [ settings.organizer ] : [];
		var performer = ( clean.panelists || [] ).map( function ( p ) {
			return prune( {
				'@type': 'Person',
				name: p.name,
				jobTitle: p.jobTitle,
				url: p.url,
				image: p.photo,
				affiliation: p.organisation ? prune( { '@type': 'Organization', name: p.organisation, url: p.organisationUrl } ) : undefined
			} );
		} );
		var sponsor = ( clean.partners || [] ).map( function ( p ) {
			return prune( { '@type': 'Organization', name: p.name, url: p.url, logo: p.logo } );
		} );
		if ( ! performer.length && ! sponsor.length && ! organizer.length ) {
			return null;
		}
		return prune( {
			'@context': 'https://schema.org',
			'@type': 'Event',
			performer: performer.length ? performer : undefined,
			organizer: organizer.length ? organizer[ 0 ] : undefined,
			sponsor: sponsor.length ? sponsor : undefined
		} );
	}

	function prune( object ) {
		Object.keys( object ).forEach( function ( key ) {
			if ( object[ key ] === undefined || object[ key ] === '' ) {
				delete object[ key ];
			}
		} );
		return object;
	}

	/** The card itself, from check().clean: only values the card accepts ever reach it. */
	function PreviewCard( props ) {
		var c = props.clean;
		var attributes = {
			name: c.name,
			start: c.start,
			end: c.end,
			'time-zone': c.timeZone,
			status: c.status || undefined,
			'register-url': c.registerUrl,
			'registration-closes': c.registrationCloses,
			'recording-url': c.recordingUrl,
			'join-url': c.joinUrl,
			image: c.image,
			'image-alt': c.imageAlt,
			'viewer-time-zone': c.viewerTimeZone,
			lang: c.lang || undefined,
			src: c.src
		};
		var children = ( c.description || '' ).split( /\n\s*\n/ ).filter( function ( text ) {
			return text.trim() !== '';
		} ).map( function ( text, index ) {
			return el( 'p', { key: 'p' + index }, text.trim() );
		} );
		var people = peopleJsonLd( c );
		if ( people ) {
			children.push( el( 'script', {
				key: 'json-ld',
				type: 'application/ld+json',
				dangerouslySetInnerHTML: { __html: JSON.stringify( people ).replace( /</g, '\\u003c' ) }
			} ) );
		}
		return el( 'dialogue-event', prune( attributes ), children );
	}

	// One clock per canvas: the block that chose a moment last owns it, and every card there shows it.
	var owner = { clientId: null, phase: 'now' };
	var listeners = new Set();
	function setOwner( next ) {
		owner = next;
		listeners.forEach( function ( listener ) {
			listener( owner );
		} );
	}

	/**
	 * The preview moment of one block: { phase, setPhase, elsewhere } where `elsewhere` says another block
	 * chose the moment the canvas shows. Applies it to the canvas's clock while this block owns it.
	 */
	function usePreviewClock( clientId, canvasLib, moments ) {
		var state = element.useState( owner );
		var current = state[ 0 ];
		element.useEffect( function () {
			listeners.add( state[ 1 ] );
			return function () {
				listeners.delete( state[ 1 ] );
			};
		}, [] );
		var mine = current.clientId === clientId;
		var phase = mine && moments ? current.phase : 'now';
		var at = phase !== 'now' && moments ? moments[ phase ] : null;

		element.useEffect( function () {
			if ( ! canvasLib || ! mine ) {
				return;
			}
			canvasLib.setClock( at === null ? null : new canvasLib.FixedClock( at ) );
		}, [ canvasLib, mine, at ] );

		// A removed block gives the canvas its real time back.
		element.useEffect( function () {
			return function () {
				if ( owner.clientId === clientId ) {
					setOwner( { clientId: null, phase: 'now' } );
					if ( canvasLib ) {
						canvasLib.setClock( null );
					}
				}
			};
		}, [ canvasLib ] );

		return {
			phase: phase,
			elsewhere: ! mine && current.clientId !== null && current.phase !== 'now',
			setPhase: function ( next ) {
				setOwner( { clientId: clientId, phase: next } );
			}
		};
	}

	var ToggleGroupControl = components.ToggleGroupControl || components.__experimentalToggleGroupControl;
	var ToggleGroupControlOption = components.ToggleGroupControlOption || components.__experimentalToggleGroupControlOption;

	/** Now / Before / During / After, with the moment shown in words. */
	function PhaseControl( props ) {
		var options = [
			[ 'now', __( 'Now', 'dialogue-widgets' ) ],
			[ 'before', __( 'Before', 'dialogue-widgets' ) ],
			[ 'during', __( 'During', 'dialogue-widgets' ) ],
			[ 'after', __( 'After', 'dialogue-widgets' ) ]
		];
		var help = props.elsewhere ?
			__( 'Another Dialogue event block chose the moment: every card in the editor shows it.', 'dialogue-widgets' ) :
			props.moments ?
				( props.phase === 'now' ?
					__( 'The card as visitors see it now.', 'dialogue-widgets' ) :
					__( 'The card as visitors see it on', 'dialogue-widgets' ) + ' ' + props.describe( props.moments[ props.phase ] ) + '.' ) :
				__( 'Choose the start to preview the card before, during and after the event.', 'dialogue-widgets' );
		return el( ToggleGroupControl, {
			__next40pxDefaultSize: true,
			__nextHasNoMarginBottom: true,
			isBlock: true,
			label: __( 'Preview the card', 'dialogue-widgets' ),
			help: help,
			value: props.phase,
			onChange: function ( value ) {
				props.setPhase( value || 'now' );
			}
		}, options.map( function ( option ) {
			return el( ToggleGroupControlOption, {
				key: option[ 0 ],
				value: option[ 0 ],
				label: option[ 1 ],
				disabled: option[ 0 ] !== 'now' && ! props.moments
			} );
		} ) );
	}

	ns.preview = {
		useLibrary: useLibrary,
		usePreviewClock: usePreviewClock,
		PreviewCard: PreviewCard,
		PhaseControl: PhaseControl
	};
}( window.wp.element, window.wp.i18n, window.wp.components ) );
