/**
 * Editor side of the "Dialogue series" block. Plain script against the editor's globals (no build step); the page
 * markup comes from PHP (render_callback), so save() is null. The preview is the real <dialogue-series>: the library
 * is loaded into the editor canvas by the event block's loader (editor/library.js), so the author sees the series
 * their visitors will see.
 */
( function ( blocks, blockEditor, components, element, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;

	// The site's own feed, which a series without an address shows (the plugin publishes it).
	var siteFeed = ( window.wpApiSettings && window.wpApiSettings.root ? window.wpApiSettings.root : '/wp-json/' ) + 'dialogue-widgets/v1/events';

	// A limit is a whole number from 0, or empty for the element's default.
	function limitOrEmpty( value ) {
		return /^[0-9]{0,4}$/.test( value ) ? value : undefined;
	}

	blocks.registerBlockType( 'dialogue-widgets/series', {
		edit: function ( props ) {
			var a = props.attributes;
			// The library, loaded into the document the block is drawn in (the canvas is an iframe).
			var ref = element.useRef( null );
			element.useEffect( function () {
				var doc = ref.current && ref.current.ownerDocument;
				var library = window.dialogueWidgetsBlock && window.dialogueWidgetsBlock.library;
				if ( doc && library ) {
					library.load( doc ).catch( function () {} );
				}
			}, [] );
			var set = function ( name, check ) {
				return function ( value ) {
					var change = {};
					change[ name ] = check ? check( value ) : value;
					if ( change[ name ] !== undefined ) {
						props.setAttributes( change );
					}
				};
			};
			var src = a.src || siteFeed;
			var srcIsWeb = /^https?:\/\//i.test( src ) || src.charAt( 0 ) === '/';

			var controls = [
				el( components.TextControl, {
					key: 'src',
					label: __( 'Events address (JSON-LD)', 'dialogue-widgets' ),
					help: srcIsWeb
						? __( 'Leave empty to show this site\'s own events. Or paste a partner host\'s series address.', 'dialogue-widgets' )
						: __( 'Only http(s) addresses are used.', 'dialogue-widgets' ),
					type: 'url',
					value: a.src || '',
					placeholder: siteFeed,
					onChange: set( 'src' )
				} ),
				el( components.TextControl, {
					key: 'upcomingLimit',
					label: __( 'Upcoming events listed after the next one', 'dialogue-widgets' ),
					help: __( 'Empty: all of them.', 'dialogue-widgets' ),
					type: 'number',
					min: 0,
					value: a.upcomingLimit || '',
					onChange: set( 'upcomingLimit', limitOrEmpty )
				} ),
				el( components.TextControl, {
					key: 'pastLimit',
					label: __( 'Past events listed', 'dialogue-widgets' ),
					help: __( 'Empty: 3. 0 hides them.', 'dialogue-widgets' ),
					type: 'number',
					min: 0,
					value: a.pastLimit || '',
					onChange: set( 'pastLimit', limitOrEmpty )
				} ),
				el( components.TextControl, {
					key: 'fallback',
					label: __( 'Text while loading or if the events cannot be shown', 'dialogue-widgets' ),
					value: a.fallback || '',
					onChange: set( 'fallback' )
				} )
			];

			var preview = { src: srcIsWeb ? src : undefined, lang: a.lang || undefined };
			if ( a.upcomingLimit ) {
				preview[ 'upcoming-limit' ] = a.upcomingLimit;
			}
			if ( a.pastLimit ) {
				preview[ 'past-limit' ] = a.pastLimit;
			}

			return el(
				'div',
				blockEditor.useBlockProps( { ref: ref } ),
				el( blockEditor.InspectorControls, null,
					el( components.PanelBody, { title: __( 'Series', 'dialogue-widgets' ) }, controls )
				),
				el( 'dialogue-series', preview,
					el( 'p', null, a.fallback || __( 'Dialogue series: the events load here.', 'dialogue-widgets' ) )
				)
			);
		},
		save: function () {
			return null;
		}
	} );
}( window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n ) );
