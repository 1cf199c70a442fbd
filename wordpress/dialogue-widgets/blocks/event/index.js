/**
 * The "Dialogue event" block in the editor: the real card as a live preview in the canvas, and the event
 * edited in the sidebar (fields in editor/fields.js, panel and partners in editor/people.js, sharing in
 * editor/share.js). Plain script against the editor's globals, so the plugin needs no build step. The
 * page markup comes from PHP (render_callback), so save() is null.
 */
( function ( blocks, blockEditor, components, element, i18n, data ) {
	var ns = window.dialogueWidgetsBlock;
	var settings = window.dialogueWidgetsEditorData || {};
	var el = element.createElement;
	var __ = i18n.__;
	var _n = i18n._n;
	var sprintf = i18n.sprintf;
	var f = ns.fields;

	var STATUSES = [
		{ value: '', label: __( 'Scheduled', 'dialogue-widgets' ) },
		{ value: 'rescheduled', label: __( 'Rescheduled (new date)', 'dialogue-widgets' ) },
		{ value: 'moved-online', label: __( 'Moved online', 'dialogue-widgets' ) },
		{ value: 'postponed', label: __( 'Postponed (no new date yet)', 'dialogue-widgets' ) },
		{ value: 'cancelled', label: __( 'Cancelled', 'dialogue-widgets' ) }
	];

	/** The picker's starting point and the words for one of the event's moments. */
	function momentView( attributes, event, key ) {
		var moment = event && event[ key ];
		var written = attributes[ key ];
		if ( ! moment ) {
			var wall = typeof written === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test( written ) ? written.slice( 0, 16 ) : null;
			return { wallTime: wall, words: null };
		}
		var zone = event.timeZone;
		var words;
		if ( typeof moment.epochMs === 'number' && ns.zones.isZone( zone ) ) {
			words = ns.zones.describeMoment( moment.epochMs, zone );
		} else {
			words = moment.wallTime.replace( 'T', ' ' ) + ' ' + ( zone || __( '(choose a time zone)', 'dialogue-widgets' ) );
		}
		return { wallTime: moment.wallTime.slice( 0, 16 ), words: words };
	}

	/** A site set to an offset ("UTC+2") instead of a city: the event's zone must be chosen by name. */
	function SiteOffsetNotice() {
		var offset = ns.zones.siteOffsetLabel();
		if ( ! offset ) {
			return null;
		}
		return el( components.Notice, { status: 'warning', isDismissible: false, className: 'dialogue-widgets-site-offset' },
			el( 'p', null, sprintf(
				/* translators: %s: an offset such as UTC+2. */
				__( 'This site\'s time zone is set to %s, an offset rather than a place, so it does not follow daylight saving time. Choose the event\'s zone from the list below, by city.', 'dialogue-widgets' ),
				offset
			) ),
			settings.generalSettings ?
				el( 'p', null, el( 'a', { href: settings.generalSettings, target: '_blank', rel: 'noopener' }, __( 'Choose a city for the whole site in Settings → General', 'dialogue-widgets' ) ) ) :
				null
		);
	}

	function Edit( props ) {
		var a = props.attributes;
		var setAttributes = props.setAttributes;
		var set = function ( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				setAttributes( change );
			};
		};

		// The canvas is an iframe in WordPress 6.3+ when every block allows it: the card must live there.
		var wrapper = element.useRef();
		var docState = element.useState( null );
		element.useLayoutEffect( function () {
			if ( wrapper.current && wrapper.current.ownerDocument !== docState[ 0 ] ) {
				docState[ 1 ]( wrapper.current.ownerDocument );
			}
		} );
		var editorLib = ns.preview.useLibrary( document );
		var canvasLib = ns.preview.useLibrary( docState[ 0 ] );

		var check = element.useMemo( function () {
			return editorLib.lib ? ns.library.check( a, editorLib.lib ) : null;
		}, [ a, editorLib.lib ] );
		var errors = check ? check.errors : {};
		var notes = check ? check.notes : {};
		var event = check ? check.event : null;
		var moments = element.useMemo( function () {
			return ns.library.previewMoments( event );
		}, [ event ] );
		var clock = ns.preview.usePreviewClock( props.clientId, canvasLib.lib, moments );
		var pickingState = element.useState( false );

		// A new block takes the site's zone, without an undo step of its own.
		element.useEffect( function () {
			if ( ! a.timeZone && ! a.start && ! a.src && ns.zones.siteZone() ) {
				data.dispatch( 'core/block-editor' ).__unstableMarkNextChangeAsNotPersistent();
				setAttributes( { timeZone: ns.zones.siteZone() } );
			}
		}, [] );

		var describe = function ( epochMs ) {
			return event && ns.zones.isZone( event.timeZone ) ? ns.zones.describeMoment( epochMs, event.timeZone ) : new Date( epochMs ).toLocaleString();
		};
		var start = momentView( a, event, 'start' );
		var end = momentView( a, event, 'end' );
		var closes = momentView( a, event, 'registrationCloses' );

		var inspector = el( blockEditor.InspectorControls, null,
			el( components.PanelBody, { title: __( 'Event', 'dialogue-widgets' ), className: 'dialogue-widgets-panel' },
				el( ns.preview.PhaseControl, { phase: clock.phase, setPhase: clock.setPhase, elsewhere: clock.elsewhere, moments: moments, describe: describe } ),
				el( f.TextField, { label: __( 'Name', 'dialogue-widgets' ), value: a.name, onChange: set( 'name' ) } ),
				el( components.TextareaControl, {
					__nextHasNoMarginBottom: true,
					className: 'dialogue-widgets-field',
					label: __( 'Description', 'dialogue-widgets' ),
					help: __( 'Plain text; leave an empty line between paragraphs.', 'dialogue-widgets' ),
					value: a.description || '',
					rows: 4,
					onChange: function ( value ) {
						setAttributes( { description: value === '' ? undefined : value } );
					}
				} ),
				el( components.SelectControl, {
					__next40pxDefaultSize: true,
					__nextHasNoMarginBottom: true,
					className: 'dialogue-widgets-field',
					label: __( 'Status', 'dialogue-widgets' ),
					value: a.status === 'scheduled' ? '' : a.status || '',
					options: STATUSES,
					onChange: function ( value ) {
						setAttributes( { status: value || undefined } );
					}
				} )
			),
			el( components.PanelBody, { title: __( 'Date and time', 'dialogue-widgets' ), className: 'dialogue-widgets-panel' },
				el( SiteOffsetNotice ),
				el( f.ZoneField, { value: a.timeZone, error: errors.timeZone, onChange: set( 'timeZone' ) } ),
				el( f.DateTimeField, { label: __( 'Starts', 'dialogue-widgets' ), wallTime: start.wallTime, words: start.words, error: errors.start, note: notes.start, onChange: set( 'start' ) } ),
				el( f.DateTimeField, { label: __( 'Ends', 'dialogue-widgets' ), wallTime: end.wallTime || start.wallTime, words: end.words, error: errors.end, note: notes.end, onChange: set( 'end' ) } ),
				el( f.DateTimeField, { label: __( 'Registration closes', 'dialogue-widgets' ), wallTime: closes.wallTime || start.wallTime, words: closes.words, error: errors.registrationCloses, note: notes.registrationCloses, onChange: set( 'registrationCloses' ) } )
			),
			el( components.PanelBody, { title: __( 'Links', 'dialogue-widgets' ), className: 'dialogue-widgets-panel' },
				el( f.UrlField, { label: __( 'Registration page', 'dialogue-widgets' ), value: a.registerUrl, error: errors.registerUrl, onChange: set( 'registerUrl' ) } ),
				el( f.UrlField, { label: __( 'Live link', 'dialogue-widgets' ), help: __( 'Shown while the event is on.', 'dialogue-widgets' ), value: a.joinUrl, error: errors.joinUrl, onChange: set( 'joinUrl' ) } ),
				el( f.UrlField, { label: __( 'Recording', 'dialogue-widgets' ), help: __( 'Shown once the event has ended.', 'dialogue-widgets' ), value: a.recordingUrl, error: errors.recordingUrl, onChange: set( 'recordingUrl' ) } )
			),
			el( components.PanelBody, { title: __( 'Image', 'dialogue-widgets' ), initialOpen: false, className: 'dialogue-widgets-panel' },
				el( f.MediaField, {
					label: __( 'Image', 'dialogue-widgets' ),
					url: a.image,
					id: a.imageId,
					error: errors.image,
					onSelect: function ( media ) {
						setAttributes( {
							image: f.mediaUrl( media ),
							imageId: media && media.id ? media.id : undefined,
							imageAlt: media && media.alt ? media.alt : a.imageAlt
						} );
					},
					onRemove: function () {
						setAttributes( { image: undefined, imageId: undefined } );
					}
				} ),
				el( f.TextField, { label: __( 'Image description (alt text)', 'dialogue-widgets' ), value: a.imageAlt, onChange: set( 'imageAlt' ) } )
			),
			el( components.PanelBody, { title: __( 'Panelists', 'dialogue-widgets' ), className: 'dialogue-widgets-panel' },
				el( ns.people.PanelistsEditor, { panelists: a.panelists, errors: errors, onChange: set( 'panelists' ) } )
			),
			el( components.PanelBody, { title: __( 'Partners', 'dialogue-widgets' ), initialOpen: false, className: 'dialogue-widgets-panel' },
				el( ns.people.PartnersEditor, { partners: a.partners, errors: errors, onChange: set( 'partners' ) } )
			),
			el( ns.share.SharePanel, { attributes: a, setAttributes: setAttributes, clientId: props.clientId, check: check } ),
			el( components.PanelBody, { title: __( 'Show an event from another site', 'dialogue-widgets' ), initialOpen: !! a.src, className: 'dialogue-widgets-panel' },
				el( f.UrlField, {
					label: __( 'Event data address (JSON-LD)', 'dialogue-widgets' ),
					help: __( 'The address a host shares with partners. Its details replace the ones above, and follow the host\'s changes.', 'dialogue-widgets' ),
					value: a.src,
					error: errors.src,
					onChange: set( 'src' )
				} ),
			),
			el( components.PanelBody, { title: __( 'Display', 'dialogue-widgets' ), initialOpen: !! ( a.viewerTimeZone || a.lang ), className: 'dialogue-widgets-panel' },
				el( f.ZoneField, {
					label: __( 'Show visitors\' times in', 'dialogue-widgets' ),
					help: __( 'Empty: each visitor\'s own zone. Choose one for a screen in a known place, such as a venue\'s display.', 'dialogue-widgets' ),
					value: a.viewerTimeZone,
					error: errors.viewerTimeZone,
					onChange: set( 'viewerTimeZone' )
				} ),
				el( f.TextField, { label: __( 'Language of the card', 'dialogue-widgets' ), help: __( 'e.g. fr or pt; empty for the page\'s language.', 'dialogue-widgets' ), value: a.lang, onChange: set( 'lang' ) } )
			)
		);

		var errorCount = Object.keys( errors ).length;
		// The placeholder stays while its date picker is open, or the picker would vanish under the author.
		var picking = pickingState;
		var canvas;
		if ( editorLib.failed || canvasLib.failed ) {
			canvas = el( components.Placeholder, {
				icon: 'calendar-alt',
				label: a.name || __( 'Dialogue event', 'dialogue-widgets' ),
				instructions: sprintf(
					/* translators: %s: the script's address. */
					__( 'The card\'s script could not be loaded from %s, so there is no preview. Check the script address in Settings → General.', 'dialogue-widgets' ),
					settings.scriptUrl
				)
			} );
		} else if ( ( ! a.start || picking[ 0 ] ) && ! a.src ) {
			// Until it has a start the card has nothing to show: ask for the two things it needs first.
			canvas = el( components.Placeholder, {
				icon: 'calendar-alt',
				label: __( 'Dialogue event', 'dialogue-widgets' ),
				instructions: __( 'Name the event and choose when it starts: the card appears here as visitors will see it. Everything else is in the block settings.', 'dialogue-widgets' ),
				className: 'dialogue-widgets-placeholder'
			},
			el( f.TextField, { label: __( 'Name', 'dialogue-widgets' ), value: a.name, onChange: set( 'name' ) } ),
			el( f.DateTimeField, { label: __( 'Starts', 'dialogue-widgets' ), wallTime: start.wallTime, words: start.words, error: errors.start, onChange: set( 'start' ), onToggle: picking[ 1 ] } ) );
		} else if ( ! check || ! canvasLib.lib ) {
			canvas = el( components.Spinner );
		} else {
			canvas = el( 'div', {
				className: 'dialogue-widgets-preview',
				// A click on the card's links selects the block; it does not leave the editor.
				onClickCapture: function ( e ) {
					var path = e.nativeEvent.composedPath ? e.nativeEvent.composedPath() : [];
					if ( path.some( function ( node ) {
						return node.tagName === 'A';
					} ) ) {
						e.preventDefault();
					}
				}
			},
			errorCount ? el( 'p', { className: 'dialogue-widgets-preview__problems' }, sprintf(
				/* translators: %d: number of fields. */
				_n( '%d field needs attention in the block settings; the preview leaves it out.', '%d fields need attention in the block settings; the preview leaves them out.', errorCount, 'dialogue-widgets' ),
				errorCount
			) ) : null,
			el( ns.preview.PreviewCard, { clean: check.clean } ) );
		}

		return el( 'div', blockEditor.useBlockProps( { ref: wrapper } ), inspector, canvas );
	}

	blocks.registerBlockType( 'dialogue-widgets/event', {
		edit: Edit,
		save: function () {
			return null;
		}
	} );
}( window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n, window.wp.data ) );
