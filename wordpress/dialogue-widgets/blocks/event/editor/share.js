/**
 * "Share with partners": the event's JSON-LD address on this site, and the HTML snippet and the shortcode
 * a partner pastes to show it, each with a copy button; and whether this page is the event's own page.
 */
( function ( components, element, i18n, data, a11y ) {
	var ns = ( window.dialogueWidgetsBlock = window.dialogueWidgetsBlock || {} );
	var settings = window.dialogueWidgetsEditorData || {};
	var el = element.createElement;
	var __ = i18n.__;

	/**
	 * The event's number in its post, as the REST route counts (publishing.php): the Dialogue event blocks
	 * without `src`, in document order, those inside a synced pattern included (a pattern used twice counts
	 * once); the first is {post id}, the next {post id}-2, …
	 */
	function useEventNumber( clientId ) {
		return data.useSelect( function ( select ) {
			var blocks = select( 'core/block-editor' );
			var ids = blocks.getBlocksByName ?
				blocks.getBlocksByName( 'dialogue-widgets/event' ) :
				blocks.getClientIdsWithDescendants().filter( function ( id ) {
					return blocks.getBlockName( id ) === 'dialogue-widgets/event';
				} );
			var firstUse = {};
			var counted = ids.filter( function ( id ) {
				var src = blocks.getBlockAttributes( id ).src;
				if ( src && src.trim() ) {
					return false;
				}
				return blocks.getBlockParentsByBlockName( id, 'core/block' ).every( function ( pattern ) {
					var ref = blocks.getBlockAttributes( pattern ).ref;
					firstUse[ ref ] = firstUse[ ref ] || pattern;
					return firstUse[ ref ] === pattern;
				} );
			} );
			return counted.indexOf( clientId ) + 1;
		}, [ clientId ] );
	}

	/** The post as the share panel needs it; null outside the post editor (e.g. the widgets screen). */
	function usePost() {
		return data.useSelect( function ( select ) {
			var editor = select( 'core/editor' );
			// Templates and patterns have other ids and are never published as events.
			if ( ! editor || ! editor.getCurrentPostId || typeof editor.getCurrentPostId() !== 'number' ) {
				return null;
			}
			var post = editor.getCurrentPost();
			return {
				id: editor.getCurrentPostId(),
				status: post.status,
				published: editor.isCurrentPostPublished() && post.status === 'publish',
				password: !! post.password,
				link: post.link,
				dirty: editor.isEditedPostDirty()
			};
		}, [] );
	}

	function escapeHtml( text ) {
		return String( text ).replace( /[&<>"']/g, function ( c ) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ c ];
		} );
	}

	/** "+02:00" for an instant in a zone, from the browser's own zone data. */
	function isoOffset( epochMs, zone ) {
		var name = new Intl.DateTimeFormat( 'en', { timeZone: zone, timeZoneName: 'longOffset' } )
			.formatToParts( new Date( epochMs ) )
			.filter( function ( p ) {
				return p.type === 'timeZoneName';
			} )[ 0 ].value;
		var m = /([+\-\u2212])(\d{2}):(\d{2})/.exec( name );
		return m ? ( m[ 1 ] === '+' ? '+' : '-' ) + m[ 2 ] + ':' + m[ 3 ] : '+00:00';
	}

	/**
	 * The HTML a partner pastes: the library's module (from the CDN, or from this site's route that lets other
	 * sites load it; not the static file, which needs CORS headers servers do not send), the card by `src`, and inside it a <noscript> for
	 * visitors without scripts naming the event, its time and where to register.
	 */
	function snippet( address, clean, event, post ) {
		var parts = [];
		if ( clean.name ) {
			var name = escapeHtml( clean.name );
			parts.push( '<strong>' + ( post && post.link ? '<a href="' + escapeHtml( post.link ) + '">' + name + '</a>' : name ) + '</strong>' );
		}
		var start = event && event.start;
		if ( start && typeof start.epochMs === 'number' && event.timeZone && ns.zones.isZone( event.timeZone ) ) {
			parts.push( '<time datetime="' + start.wallTime + isoOffset( start.epochMs, event.timeZone ) + '">' +
				escapeHtml( ns.zones.describeMoment( start.epochMs, event.timeZone ) ) + '</time>' );
		}
		var status = clean.status;
		if ( status === 'cancelled' || status === 'postponed' ) {
			parts.push( status === 'cancelled' ? __( 'Cancelled', 'dialogue-widgets' ) : __( 'Postponed', 'dialogue-widgets' ) );
		} else if ( clean.registerUrl ) {
			parts.push( '<a href="' + escapeHtml( clean.registerUrl ) + '">' + escapeHtml( __( 'Register', 'dialogue-widgets' ) ) + '</a>' );
		}
		var fallback = parts.length ? '<noscript>' + parts.join( ' &middot; ' ) + '</noscript>' : '';
		return '<script type="module" src="' + escapeHtml( settings.partnerScriptUrl || '' ) + '"></script>\n' +
			'<dialogue-event src="' + escapeHtml( address ) + '">' + fallback + '</dialogue-event>';
	}

	function shortcode( address ) {
		return '[dialogue_event src="' + address.replace( /"/g, '%22' ) + '"]';
	}

	/** Copies with the Clipboard API, or, where it is missing or refused, through a selected textarea. */
	function copyText( text ) {
		function fallback() {
			var area = document.createElement( 'textarea' );
			area.value = text;
			area.setAttribute( 'readonly', '' );
			area.style.position = 'fixed';
			area.style.opacity = '0';
			document.body.appendChild( area );
			area.select();
			var ok;
			try {
				ok = document.execCommand( 'copy' );
			} catch {
				ok = false;
			}
			area.remove();
			if ( ! ok ) {
				throw new Error( 'copy refused' );
			}
		}
		if ( navigator.clipboard && window.isSecureContext ) {
			// A write can also hang (an unfocused window, a pending permission): then copy the old way.
			var timeout = new Promise( function ( resolve, reject ) {
				setTimeout( reject, 1000 );
			} );
			return Promise.race( [ navigator.clipboard.writeText( text ), timeout ] ).catch( fallback );
		}
		return new Promise( function ( resolve ) {
			fallback();
			resolve();
		} );
	}

	/** A read-only text with a copy button that says, and announces, "Copied". */
	function CopyField( props ) {
		var state = element.useState( '' );
		var result = state[ 0 ];
		var setResult = state[ 1 ];
		var area = element.useRef();
		element.useEffect( function () {
			if ( ! result ) {
				return undefined;
			}
			var timer = setTimeout( function () {
				setResult( '' );
			}, 3000 );
			return function () {
				clearTimeout( timer );
			};
		}, [ result ] );
		function copy() {
			copyText( props.value ).then( function () {
				setResult( 'copied' );
				a11y.speak( __( 'Copied', 'dialogue-widgets' ), 'polite' );
			}, function () {
				setResult( 'failed' );
				if ( area.current ) {
					area.current.focus();
					area.current.select();
				}
				a11y.speak( __( 'Could not copy: the text is selected, press Ctrl+C or ⌘C.', 'dialogue-widgets' ), 'polite' );
			} );
		}
		return el( 'div', { className: 'dialogue-widgets-copy' },
			el( components.TextareaControl, {
				__nextHasNoMarginBottom: true,
				ref: area,
				label: props.label,
				help: props.help,
				value: props.value,
				readOnly: true,
				rows: props.rows || 3,
				className: 'dialogue-widgets-copy__text',
				onChange: function () {},
				onFocus: function ( event ) {
					event.target.select();
				}
			} ),
			el( components.Button, {
				variant: 'secondary',
				size: 'compact',
				className: 'dialogue-widgets-copy__button',
				onClick: copy
			}, result === 'copied' ? __( 'Copied', 'dialogue-widgets' ) : result === 'failed' ? __( 'Press Ctrl+C to copy', 'dialogue-widgets' ) : props.buttonLabel )
		);
	}

	/** props: attributes, setAttributes, clientId, check (library.check result or null). */
	function SharePanel( props ) {
		var a = props.attributes;
		var post = usePost();
		var number = useEventNumber( props.clientId );
		var Notice = components.Notice;
		var body = [];

		if ( a.src && a.src.trim() ) {
			body.push( el( 'p', { key: 'src' }, __( 'This block shows an event published elsewhere, from its address under "Show an event from another site". Partners embed that address, not this page.', 'dialogue-widgets' ) ) );
			return el( components.PanelBody, { title: __( 'Share with partners', 'dialogue-widgets' ), initialOpen: true }, body );
		}

		body.push( el( components.ToggleControl, {
			key: 'canonical',
			__nextHasNoMarginBottom: true,
			label: __( 'This is the event\'s own page', 'dialogue-widgets' ),
			help: a.canonical === false ?
				__( 'Search engines are not told about the event here. Turn on unless the event has its own page elsewhere.', 'dialogue-widgets' ) :
				__( 'Search engines learn of the event from this page; partners\' copies link back to it.', 'dialogue-widgets' ),
			checked: a.canonical !== false,
			onChange: function ( value ) {
				props.setAttributes( { canonical: value } );
			}
		} ) );

		if ( ! post ) {
			body.push( el( 'p', { key: 'nopost' }, __( 'Events are shared from posts and pages.', 'dialogue-widgets' ) ) );
		} else if ( post.password || post.status === 'private' ) {
			body.push( el( Notice, { key: 'private', status: 'warning', isDismissible: false },
				__( 'Private and password-protected posts are never shared: partners\' cards cannot read this event.', 'dialogue-widgets' ) ) );
		} else if ( ! post.published ) {
			body.push( el( Notice, { key: 'unpublished', status: 'info', isDismissible: false, className: 'dialogue-widgets-share__unpublished' },
				__( 'The event\'s address for partners appears here once the post is published.', 'dialogue-widgets' ) ) );
		} else if ( number > 0 ) {
			var address = ( settings.restRoot || '/wp-json/' ) + settings.eventsRoute + '/' + post.id + ( number > 1 ? '-' + number : '' );
			// Without the library's verdict (its script failed to load), no address of the author's goes in.
			var clean = props.check ? props.check.clean : { name: a.name, status: a.status };
			var event = props.check ? props.check.event : null;
			body.push(
				el( 'p', { key: 'intro' }, __( 'Partners embed the event from this site: when you update it here, their pages show the change.', 'dialogue-widgets' ) ),
				el( components.BaseControl, { key: 'address', __nextHasNoMarginBottom: true, id: 'dialogue-widgets-share-address-' + props.clientId, label: __( 'Event data (JSON-LD)', 'dialogue-widgets' ) },
					el( components.ExternalLink, { href: address, id: 'dialogue-widgets-share-address-' + props.clientId, className: 'dialogue-widgets-share__address' }, address )
				),
				post.dirty ? el( Notice, { key: 'dirty', status: 'warning', isDismissible: false }, __( 'Partners see your latest changes once you save them.', 'dialogue-widgets' ) ) : null,
				el( CopyField, {
					key: 'html',
					label: __( 'HTML for any web page', 'dialogue-widgets' ),
					buttonLabel: __( 'Copy HTML', 'dialogue-widgets' ),
					value: snippet( address, clean, event, post ),
					rows: 5,
					// The route serves the plugin's copy to any site; only a copy that is not there fails them.
					help: settings.scriptMissing ?
						__( 'The plugin\'s copy of the card\'s script is missing, so partners\' pages cannot load it: rebuild the plugin, or set a CDN address for the script in Settings → General.', 'dialogue-widgets' ) :
						undefined
				} ),
				el( CopyField, {
					key: 'shortcode',
					label: __( 'Shortcode for a WordPress site with this plugin', 'dialogue-widgets' ),
					buttonLabel: __( 'Copy shortcode', 'dialogue-widgets' ),
					value: shortcode( address ),
					rows: 2
				} )
			);
		}
		return el( components.PanelBody, { title: __( 'Share with partners', 'dialogue-widgets' ), initialOpen: true, className: 'dialogue-widgets-share' }, body );
	}

	ns.share = { SharePanel: SharePanel, snippet: snippet };
}( window.wp.components, window.wp.element, window.wp.i18n, window.wp.data, window.wp.a11y ) );
