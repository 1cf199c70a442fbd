/**
 * The block's form fields: an address checked as typed, a date and time from WordPress's own picker, the
 * zone from a searchable list, an image from the Media Library. Each shows its problem under itself, in
 * the field's description (so screen readers hear it with the field).
 */
( function ( components, element, i18n, blockEditor ) {
	var ns = ( window.dialogueWidgetsBlock = window.dialogueWidgetsBlock || {} );
	var data = window.dialogueWidgetsEditorData || {};
	var el = element.createElement;
	var __ = i18n.__;

	var MESSAGES = {
		url: __( 'Use a full address that starts with https:// (or http://).', 'dialogue-widgets' ),
		zone: __( 'This is not a time zone: choose one from the list.', 'dialogue-widgets' ),
		moment: __( 'The card cannot read this date: choose it again with the picker.', 'dialogue-widgets' ),
		order: __( 'The end is before the start: choose a later end.', 'dialogue-widgets' )
	};

	/** The author's words for a kind of error from library.check(). */
	function message( kind ) {
		return MESSAGES[ kind ] || '';
	}

	/** "h", "htt", "https:/": an address being typed, not a wrong one yet. */
	function onTheWay( value ) {
		var typed = ( value || '' ).trim().toLowerCase();
		return typed !== '' && ( 'https://'.indexOf( typed ) === 0 || 'http://'.indexOf( typed ) === 0 );
	}

	function invalidClass( invalid, className ) {
		return [ className, invalid ? 'dialogue-widgets-invalid' : '' ].filter( Boolean ).join( ' ' ) || undefined;
	}

	/** A text field for an http(s) address. */
	function UrlField( props ) {
		var invalid = !! props.error && ! onTheWay( props.value );
		return el( components.TextControl, {
			__next40pxDefaultSize: true,
			__nextHasNoMarginBottom: true,
			type: 'url',
			inputMode: 'url',
			label: props.label,
			value: props.value || '',
			placeholder: 'https://',
			onChange: function ( value ) {
				props.onChange( value === '' ? undefined : value );
			},
			help: invalid ? message( props.error ) : props.help,
			'aria-invalid': invalid || undefined,
			className: invalidClass( invalid, 'dialogue-widgets-field' )
		} );
	}

	/** A plain text field that stores nothing when emptied. */
	function TextField( props ) {
		return el( components.TextControl, Object.assign( {
			__next40pxDefaultSize: true,
			__nextHasNoMarginBottom: true,
			className: 'dialogue-widgets-field'
		}, props, {
			value: props.value || '',
			onChange: function ( value ) {
				props.onChange( value === '' ? undefined : value );
			}
		} ) );
	}

	/**
	 * A date and time chosen with WordPress's DateTimePicker, stored as wall-clock "YYYY-MM-DDTHH:mm" in the
	 * event's zone. The picker knows no zone: it reads and writes wall-clock time, which is what is stored.
	 * props: label, wallTime (what to open the picker at), words (the moment in words), error, note, onChange,
 * onToggle(isOpen).
	 */
	function DateTimeField( props ) {
		var id = 'dialogue-widgets-' + element.useId().replace( /:/g, '' );
		var invalid = !! props.error;
		var help = invalid ? message( props.error ) : props.note;
		return el( components.BaseControl, {
			__nextHasNoMarginBottom: true,
			id: id,
			label: props.label,
			help: help,
			className: invalidClass( invalid, 'dialogue-widgets-field dialogue-widgets-moment' )
		},
		el( components.Dropdown, {
			popoverProps: { placement: 'left-start', offset: 36, shift: true },
			focusOnMount: 'firstElement',
			onToggle: props.onToggle,
			renderToggle: function ( toggle ) {
				return el( components.Button, {
					__next40pxDefaultSize: true,
					id: id,
					variant: 'secondary',
					className: 'dialogue-widgets-moment__toggle',
					onClick: toggle.onToggle,
					'aria-expanded': toggle.isOpen,
					'aria-invalid': invalid || undefined,
					// BaseControl writes its help as "{id}__help" but links it only to its own inputs.
					'aria-describedby': help ? id + '__help' : undefined
				}, props.words || __( 'Choose a date and time', 'dialogue-widgets' ) );
			},
			renderContent: function ( dropdown ) {
				return el( 'div', { className: 'dialogue-widgets-moment__picker' },
					el( components.DateTimePicker, {
						currentDate: props.wallTime || nextFullHour(),
						is12Hour: !! data.timeFormat12Hour,
						onChange: function ( value ) {
							props.onChange( value ? value.slice( 0, 16 ) : undefined );
						}
					} ),
					el( components.Flex, { justify: 'space-between' },
						el( components.Button, {
							variant: 'tertiary',
							isDestructive: true,
							onClick: function () {
								props.onChange( undefined );
								dropdown.onClose();
							}
						}, __( 'Clear', 'dialogue-widgets' ) ),
						el( components.Button, { variant: 'primary', onClick: dropdown.onClose }, __( 'Done', 'dialogue-widgets' ) )
					)
				);
			}
		} ) );
	}

	/** Where an empty picker opens: the next full hour today, not the current minute. */
	function nextFullHour() {
		var at = new Date();
		at.setHours( at.getHours() + 1, 0, 0, 0 );
		var two = function ( n ) {
			return String( n ).padStart( 2, '0' );
		};
		return at.getFullYear() + '-' + two( at.getMonth() + 1 ) + '-' + two( at.getDate() ) + 'T' + two( at.getHours() ) + ':00';
	}

	/** A zone (the event's by default), from a list the author searches by city, region or zone name. */
	function ZoneField( props ) {
		var invalid = !! props.error;
		var options = element.useMemo( function () {
			return ns.zones.zoneOptions( props.value );
		}, [ props.value ] );
		return el( components.ComboboxControl, {
			__next40pxDefaultSize: true,
			__nextHasNoMarginBottom: true,
			label: props.label || __( 'Time zone', 'dialogue-widgets' ),
			value: props.value || null,
			options: options,
			onChange: function ( value ) {
				props.onChange( value || undefined );
			},
			help: invalid ?
				message( 'zone' ) + ' (' + props.value + ')' :
				props.help || __( 'Type a city or a zone\'s name, e.g. Maputo or Central Africa.', 'dialogue-widgets' ),
			className: invalidClass( invalid, 'dialogue-widgets-field' )
		} );
	}

	/**
	 * An image from the Media Library (its address and id), or, for people who may not upload, an address.
	 * props: label, chooseLabel, url, id, error, onSelect(media), onRemove.
	 */
	function MediaField( props ) {
		var fallback = el( UrlField, {
			label: props.label,
			value: props.url,
			error: props.error,
			onChange: function ( url ) {
				props.onSelect( url ? { url: url } : null );
			}
		} );
		var invalid = !! props.error;
		var id = 'dialogue-widgets-' + element.useId().replace( /:/g, '' );
		return el( blockEditor.MediaUploadCheck, { fallback: fallback },
			el( components.BaseControl, {
				__nextHasNoMarginBottom: true,
				id: id,
				label: props.label,
				help: invalid ? message( props.error ) : undefined,
				className: invalidClass( invalid, 'dialogue-widgets-field dialogue-widgets-media' )
			},
			el( 'div', { className: 'dialogue-widgets-media__row' },
				props.url && ! invalid ? el( 'img', { className: 'dialogue-widgets-media__thumb', src: props.url, alt: '' } ) : null,
				el( blockEditor.MediaUpload, {
					allowedTypes: [ 'image' ],
					value: props.id,
					title: props.label,
					onSelect: function ( media ) {
						props.onSelect( media );
					},
					render: function ( upload ) {
						return el( components.Button, {
							variant: 'secondary',
							size: 'compact',
							id: id,
							onClick: upload.open,
							'aria-describedby': invalid ? id + '__help' : undefined,
							'aria-label': ( props.url ? __( 'Replace:', 'dialogue-widgets' ) : __( 'Choose:', 'dialogue-widgets' ) ) + ' ' + props.label
						}, props.url ? __( 'Replace', 'dialogue-widgets' ) : ( props.chooseLabel || __( 'Choose from the Media Library', 'dialogue-widgets' ) ) );
					}
				} ),
				props.url ? el( components.Button, {
					variant: 'tertiary',
					size: 'compact',
					isDestructive: true,
					onClick: props.onRemove,
					'aria-label': __( 'Remove:', 'dialogue-widgets' ) + ' ' + props.label
				}, __( 'Remove', 'dialogue-widgets' ) ) : null
			) )
		);
	}

	/** The address of a Media Library image at a size that suits a card (medium when there is one). */
	function mediaUrl( media ) {
		if ( ! media ) {
			return undefined;
		}
		var sizes = media.sizes || {};
		var medium = sizes.medium || sizes.thumbnail;
		return ( medium && medium.url ) || media.url || undefined;
	}

	ns.fields = {
		message: message,
		UrlField: UrlField,
		TextField: TextField,
		DateTimeField: DateTimeField,
		ZoneField: ZoneField,
		MediaField: MediaField,
		mediaUrl: mediaUrl
	};
}( window.wp.components, window.wp.element, window.wp.i18n, window.wp.blockEditor ) );
