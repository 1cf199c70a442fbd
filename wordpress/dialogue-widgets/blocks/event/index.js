/**
 * Editor side of the "Dialogue event" block. Plain script against the editor's globals, so the plugin
 * needs no build step of its own; the page markup comes from PHP (render_callback), so save() is null.
 */
( function ( blocks, blockEditor, components, element, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;

	// [attribute, label, help] in the order an author fills them in.
	var textFields = [
		[ 'name', __( 'Name', 'dialogue-widgets' ), '' ],
		[ 'start', __( 'Start', 'dialogue-widgets' ), __( 'ISO 8601, e.g. 2025-07-06T16:00 (wall-clock time in the time zone below) or with an offset.', 'dialogue-widgets' ) ],
		[ 'end', __( 'End', 'dialogue-widgets' ), '' ],
		[ 'timeZone', __( 'Time zone', 'dialogue-widgets' ), __( 'IANA name, e.g. Africa/Johannesburg.', 'dialogue-widgets' ) ],
		[ 'registerUrl', __( 'Registration address', 'dialogue-widgets' ), '' ],
		[ 'registrationCloses', __( 'Registration closes', 'dialogue-widgets' ), '' ],
		[ 'joinUrl', __( 'Live link', 'dialogue-widgets' ), '' ],
		[ 'recordingUrl', __( 'Recording', 'dialogue-widgets' ), '' ],
		[ 'image', __( 'Image address', 'dialogue-widgets' ), '' ],
		[ 'imageAlt', __( 'Image description', 'dialogue-widgets' ), '' ],
		[ 'src', __( 'Event data address (JSON-LD)', 'dialogue-widgets' ), __( 'Embed the host\'s canonical event: changes there show here.', 'dialogue-widgets' ) ],
		[ 'viewerTimeZone', __( 'Show local times in', 'dialogue-widgets' ), '' ],
		[ 'lang', __( 'Language', 'dialogue-widgets' ), '' ]
	];

	var statuses = [
		{ value: '', label: __( 'Scheduled', 'dialogue-widgets' ) },
		{ value: 'cancelled', label: __( 'Cancelled', 'dialogue-widgets' ) },
		{ value: 'postponed', label: __( 'Postponed', 'dialogue-widgets' ) },
		{ value: 'rescheduled', label: __( 'Rescheduled', 'dialogue-widgets' ) },
		{ value: 'moved-online', label: __( 'Moved online', 'dialogue-widgets' ) }
	];

	blocks.registerBlockType( 'dialogue-widgets/event', {
		edit: function ( props ) {
			var attributes = props.attributes;
			var set = function ( name ) {
				return function ( value ) {
					var change = {};
					change[ name ] = value;
					props.setAttributes( change );
				};
			};

			var controls = textFields.map( function ( field ) {
				return el( components.TextControl, {
					key: field[ 0 ],
					label: field[ 1 ],
					help: field[ 2 ] || undefined,
					value: attributes[ field[ 0 ] ] || '',
					onChange: set( field[ 0 ] )
				} );
			} );
			controls.splice( 4, 0, el( components.SelectControl, {
				key: 'status',
				label: __( 'Status', 'dialogue-widgets' ),
				value: attributes.status || '',
				options: statuses,
				onChange: set( 'status' )
			} ) );
			controls.push( el( components.ToggleControl, {
				key: 'canonical',
				label: __( 'This is the event\'s own page', 'dialogue-widgets' ),
				help: __( 'Also publish the event for search engines. Turn on only on the host\'s page.', 'dialogue-widgets' ),
				checked: !! attributes.canonical,
				onChange: set( 'canonical' )
			} ) );

			var summary = [ attributes.start, attributes.timeZone ].filter( Boolean ).join( ' · ' ) ||
				( attributes.src ? attributes.src : __( 'Fill in the event in the block settings.', 'dialogue-widgets' ) );

			return el(
				'div',
				blockEditor.useBlockProps(),
				el( blockEditor.InspectorControls, null,
					el( components.PanelBody, { title: __( 'Event', 'dialogue-widgets' ) }, controls )
				),
				el( components.Placeholder, {
					icon: 'calendar-alt',
					label: attributes.name || __( 'Dialogue event', 'dialogue-widgets' ),
					instructions: summary
				} )
			);
		},
		save: function () {
			return null;
		}
	} );
}( window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n ) );
