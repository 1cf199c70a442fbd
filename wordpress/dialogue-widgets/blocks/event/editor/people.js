/**
 * The panel and the partners, edited in the block's sidebar: added, moved, removed, each with its fields.
 * Saved as the block's panelists / partners attributes (see the shared contract for their shape).
 */
( function ( components, element, i18n, a11y ) {
	var ns = ( window.dialogueWidgetsBlock = window.dialogueWidgetsBlock || {} );
	var el = element.createElement;
	var __ = i18n.__;
	var sprintf = i18n.sprintf;
	var f = ns.fields;

	/**
	 * A list of items with Add, Move up, Move down and Remove. After a move or an add, focus follows the
	 * item (keys are positions, so the DOM does not move with it), and a screen reader hears what happened.
	 * props: items, onChange, blank (a new item), noun (one item, e.g. "panelist"), addLabel, renderItem(item, set, index, isNew).
	 */
	function ListEditor( props ) {
		var items = props.items || [];
		var container = element.useRef();
		var pending = element.useState( null );
		var focus = pending[ 0 ];
		var setFocus = pending[ 1 ];

		element.useEffect( function () {
			if ( ! focus || ! container.current ) {
				return;
			}
			var target = container.current.querySelector( '[data-item="' + focus.index + '"] ' + focus.selector );
			if ( target ) {
				target.focus();
			}
			setFocus( null );
		}, [ focus ] );

		function update( next ) {
			props.onChange( next );
		}
		function move( from, to ) {
			var next = items.slice();
			var moved = next.splice( from, 1 )[ 0 ];
			next.splice( to, 0, moved );
			update( next );
			var selector = to < from ? '.dialogue-widgets-item__up' : '.dialogue-widgets-item__down';
			// At either end the button is disabled: keep focus on the other one.
			if ( to === 0 || to === items.length - 1 ) {
				selector = to === 0 ? '.dialogue-widgets-item__down' : '.dialogue-widgets-item__up';
			}
			setFocus( { index: to, selector: selector } );
			/* translators: 1: a name, 2: position number, 3: how many. */
			a11y.speak( sprintf( __( '%1$s moved to position %2$d of %3$d.', 'dialogue-widgets' ), moved.name || props.noun, to + 1, items.length ), 'polite' );
		}
		function remove( index ) {
			var removed = items[ index ];
			update( items.filter( function ( item, i ) {
				return i !== index;
			} ) );
			/* translators: %s: a name. */
			a11y.speak( sprintf( __( '%s removed.', 'dialogue-widgets' ), removed.name || props.noun ), 'polite' );
			setFocus( items.length > 1 ? { index: Math.max( 0, index - 1 ), selector: 'input' } : null );
		}
		function add() {
			update( items.concat( [ Object.assign( {}, props.blank ) ] ) );
			setFocus( { index: items.length, selector: 'input' } );
		}

		return el( 'div', { className: 'dialogue-widgets-list', ref: container },
			items.map( function ( item, index ) {
				var set = function ( change ) {
					update( items.map( function ( other, i ) {
						return i === index ? Object.assign( {}, other, change ) : other;
					} ) );
				};
				var title = item.name || sprintf( props.untitled, index + 1 );
				return el( 'fieldset', { key: index, className: 'dialogue-widgets-item', 'data-item': index },
					el( 'legend', { className: 'dialogue-widgets-item__title' }, title ),
					props.renderItem( item, set, index ),
					el( components.Flex, { justify: 'flex-start', gap: 1, className: 'dialogue-widgets-item__actions' },
						el( components.Button, {
							className: 'dialogue-widgets-item__up',
							size: 'small',
							icon: 'arrow-up-alt2',
							label: sprintf( __( 'Move %s up', 'dialogue-widgets' ), title ),
							disabled: index === 0,
							accessibleWhenDisabled: true,
							onClick: function () {
								move( index, index - 1 );
							}
						} ),
						el( components.Button, {
							className: 'dialogue-widgets-item__down',
							size: 'small',
							icon: 'arrow-down-alt2',
							label: sprintf( __( 'Move %s down', 'dialogue-widgets' ), title ),
							disabled: index === items.length - 1,
							accessibleWhenDisabled: true,
							onClick: function () {
								move( index, index + 1 );
							}
						} ),
						el( components.Button, {
							className: 'dialogue-widgets-item__remove',
							size: 'small',
							variant: 'tertiary',
							isDestructive: true,
							label: sprintf( __( 'Remove %s', 'dialogue-widgets' ), title ),
							onClick: function () {
								remove( index );
							}
						}, __( 'Remove', 'dialogue-widgets' ) )
					)
				);
			} ),
			el( components.Button, { variant: 'secondary', className: 'dialogue-widgets-list__add', onClick: add }, props.addLabel )
		);
	}

	/** props: panelists, onChange, errors (from library.check: "panelists.0.photo" => kind). */
	function PanelistsEditor( props ) {
		var errors = props.errors || {};
		return el( ListEditor, {
			items: props.panelists,
			onChange: props.onChange,
			blank: { name: '' },
			noun: __( 'Panelist', 'dialogue-widgets' ),
			/* translators: %d: position in the panel. */
			untitled: __( 'Panelist %d', 'dialogue-widgets' ),
			addLabel: __( 'Add a panelist', 'dialogue-widgets' ),
			renderItem: function ( person, set, index ) {
				var error = function ( key ) {
					return errors[ 'panelists.' + index + '.' + key ];
				};
				return [
					el( f.TextField, { key: 'name', label: __( 'Name', 'dialogue-widgets' ), value: person.name, onChange: function ( v ) {
						set( { name: v } );
					} } ),
					el( f.TextField, { key: 'jobTitle', label: __( 'Job title', 'dialogue-widgets' ), value: person.jobTitle, onChange: function ( v ) {
						set( { jobTitle: v } );
					} } ),
					el( f.TextField, { key: 'organisation', label: __( 'Organisation', 'dialogue-widgets' ), value: person.organisation, onChange: function ( v ) {
						set( { organisation: v } );
					} } ),
					el( f.UrlField, { key: 'organisationUrl', label: __( 'Organisation\'s website', 'dialogue-widgets' ), value: person.organisationUrl, error: error( 'organisationUrl' ), onChange: function ( v ) {
						set( { organisationUrl: v } );
					} } ),
					el( f.UrlField, { key: 'url', label: __( 'Their own page', 'dialogue-widgets' ), help: __( 'Their name links to it.', 'dialogue-widgets' ), value: person.url, error: error( 'url' ), onChange: function ( v ) {
						set( { url: v } );
					} } ),
					el( f.MediaField, {
						key: 'photo',
						label: __( 'Photo', 'dialogue-widgets' ),
						chooseLabel: __( 'Choose a photo', 'dialogue-widgets' ),
						url: person.photo,
						id: person.photoId,
						error: error( 'photo' ),
						onSelect: function ( media ) {
							set( { photo: f.mediaUrl( media ), photoId: media && media.id ? media.id : undefined } );
						},
						onRemove: function () {
							set( { photo: undefined, photoId: undefined } );
						}
					} )
				];
			}
		} );
	}

	/** props: partners, onChange, errors ("partners.0.logo" => kind). */
	function PartnersEditor( props ) {
		var errors = props.errors || {};
		return el( ListEditor, {
			items: props.partners,
			onChange: props.onChange,
			blank: { name: '' },
			noun: __( 'Partner', 'dialogue-widgets' ),
			/* translators: %d: position in the list. */
			untitled: __( 'Partner %d', 'dialogue-widgets' ),
			addLabel: __( 'Add a partner', 'dialogue-widgets' ),
			renderItem: function ( partner, set, index ) {
				var error = function ( key ) {
					return errors[ 'partners.' + index + '.' + key ];
				};
				return [
					el( f.TextField, { key: 'name', label: __( 'Name', 'dialogue-widgets' ), value: partner.name, onChange: function ( v ) {
						set( { name: v } );
					} } ),
					el( f.UrlField, { key: 'url', label: __( 'Website', 'dialogue-widgets' ), value: partner.url, error: error( 'url' ), onChange: function ( v ) {
						set( { url: v } );
					} } ),
					el( f.MediaField, {
						key: 'logo',
						label: __( 'Logo', 'dialogue-widgets' ),
						chooseLabel: __( 'Choose a logo', 'dialogue-widgets' ),
						url: partner.logo,
						id: partner.logoId,
						error: error( 'logo' ),
						onSelect: function ( media ) {
							set( { logo: f.mediaUrl( media ), logoId: media && media.id ? media.id : undefined } );
						},
						onRemove: function () {
							set( { logo: undefined, logoId: undefined } );
						}
					} )
				];
			}
		} );
	}

	ns.people = { PanelistsEditor: PanelistsEditor, PartnersEditor: PartnersEditor };
}( window.wp.components, window.wp.element, window.wp.i18n, window.wp.a11y ) );
