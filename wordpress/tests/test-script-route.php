<?php
/**
 * The library for partners' pages: the plugin's copy served at /dialogue-widgets/v1/script/{version} with the
 * headers a module script from another site needs. Required by test-plugin.php.
 *
 * The bundle here is a small fixture put in the plugin's assets/ (a real build there is set aside and put back).
 *
 * @package DialogueWidgets
 */

/**
 * Runs $body with $files (name in assets/ => content, null for absent) in place of the plugin's assets.
 *
 * @param array<string,string|null> $files Files.
 * @param callable                  $body  What to run.
 */
function dw_with_assets( $files, $body ) {
	$dir   = DIALOGUE_WIDGETS_DIR . '/assets/';
	$aside = array();
	foreach ( array_keys( $files ) as $name ) {
		if ( file_exists( $dir . $name ) ) {
			$aside[ $name ] = $dir . $name . '.set-aside-by-tests';
			rename( $dir . $name, $aside[ $name ] );
		}
	}
	try {
		foreach ( $files as $name => $content ) {
			if ( null !== $content ) {
				file_put_contents( $dir . $name, $content );
			}
		}
		clearstatcache();
		$body();
	} finally {
		foreach ( $files as $name => $content ) {
			if ( file_exists( $dir . $name ) ) {
				unlink( $dir . $name );
			}
			if ( isset( $aside[ $name ] ) ) {
				rename( $aside[ $name ], $dir . $name );
			}
		}
		clearstatcache();
	}
}

const DW_BUNDLE = "export const greeting = \"hi\";\n//# sourceMappingURL=dialogue-widgets.js.map\n";
const DW_MAP    = '{"version":3,"sources":["greeting.ts"],"mappings":"AAAA"}';

section(
	'the script for partners\' pages: the plugin\'s copy at a versioned route, open to any origin, immutable, 304',
	static function () {
		dw_with_assets(
			array(
				'dialogue-widgets.js'     => DW_BUNDLE,
				'dialogue-widgets.js.map' => DW_MAP,
			),
			static function () {
				// md5 of DW_BUNDLE is 1f680261165e63c5f941dd35e8139d2c.
				$address = 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/script/1f680261165e/js';
				check_same( 'the address carries the version and the file\'s hash (plain permalinks)', $address, dialogue_widgets_partner_script_src() );
				dw_with_options(
					array( 'permalink_structure' => '/%postname%/' ),
					static function () {
						check_same( '…and with pretty permalinks; no dot, which php -S and nginx setups would take for a static file', 'https://example.test/wp-json/dialogue-widgets/v1/script/1f680261165e/js', dialogue_widgets_partner_script_src() );
					}
				);
				dw_with_options(
					array( DIALOGUE_WIDGETS_OPTION => 'https://cdn.example.org/dialogue-widgets@0.1.0/dist/dialogue-widgets.js' ),
					static function () {
						check_same( 'a CDN address from the settings is what partners load instead', 'https://cdn.example.org/dialogue-widgets@0.1.0/dist/dialogue-widgets.js', dialogue_widgets_partner_script_src() );
					}
				);
				check( 'the host\'s own pages keep loading the static file', 0 === strpos( dialogue_widgets_script_src(), 'https://example.test/wp-content/plugins/dialogue-widgets/assets/dialogue-widgets.js' ), dialogue_widgets_script_src() );

				check_same(
					'the routes: the bundle and its map, by version; nothing else',
					array(
						array( 'version' => '1f680261165e', 'map' => false ),
						array( 'version' => '1f680261165e', 'map' => true ),
						null,
						null,
					),
					array(
						dialogue_widgets_script_route( '/dialogue-widgets/v1/script/1f680261165e/js' ),
						dialogue_widgets_script_route( '/dialogue-widgets/v1/script/1f680261165e/map' ),
						dialogue_widgets_script_route( '/dialogue-widgets/v1/script/../../wp-config.php/js' ),
						dialogue_widgets_script_route( '/dialogue-widgets/v1/events/12' ),
					)
				);
				check( 'a cookie with a stale nonce does not block it (the events\' rule)', dialogue_widgets_is_our_route( '/dialogue-widgets/v1/script/1f680261165e/map' ) );

				$answer = dialogue_widgets_script_answer( '1f680261165e', false, '' );
				$etag   = $answer['headers']['ETag'] ?? '';
				check_same(
					'200: JavaScript, any origin, a year and immutable, its map named by its absolute address',
					array(
						'status'  => 200,
						'headers' => array(
							'Content-Type'                  => 'text/javascript; charset=utf-8',
							'Access-Control-Allow-Origin'   => '*',
							'Access-Control-Expose-Headers' => 'ETag',
							'Cache-Control'                 => 'public, max-age=31536000, immutable',
							'ETag'                          => $etag,
						),
						'body'    => "export const greeting = \"hi\";\n//# sourceMappingURL=https://example.test/index.php?rest_route=/dialogue-widgets/v1/script/1f680261165e/map\n",
					),
					$answer
				);
				check( 'the ETag is a quoted strong validator', (bool) preg_match( '/^"[0-9a-f]{32}"$/', $etag ), $etag );
				$not_modified = dialogue_widgets_script_answer( '1f680261165e', false, "W/$etag" );
				check_same( 'If-None-Match with it → 304, no body, the same headers', array( 304, '', $answer['headers'] ), array( $not_modified['status'], $not_modified['body'], $not_modified['headers'] ) );
				check_same( 'a stale ETag → 200', 200, dialogue_widgets_script_answer( '1f680261165e', false, '"0123"' )['status'] );
				check_same( 'HEAD: no body', array( 200, '' ), array( dialogue_widgets_script_answer( '1f680261165e', false, '', 'HEAD' )['status'], dialogue_widgets_script_answer( '1f680261165e', false, '', 'HEAD' )['body'] ) );

				$map = dialogue_widgets_script_answer( '1f680261165e', true, '' );
				check_same( 'the map: JSON, as shipped, any origin, immutable', array( 200, 'application/json; charset=utf-8', '*', 'public, max-age=31536000, immutable', DW_MAP ), array( $map['status'], $map['headers']['Content-Type'], $map['headers']['Access-Control-Allow-Origin'], $map['headers']['Cache-Control'], $map['body'] ) );

				check_same(
					'another version (a snippet pasted before an update): 302 to the current one, open to any origin, for an hour',
					array(
						'status'  => 302,
						'headers' => array(
							'Location'                    => 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/script/1f680261165e/map',
							'Access-Control-Allow-Origin' => '*',
							'Cache-Control'               => 'public, max-age=3600',
						),
						'body'    => '',
					),
					dialogue_widgets_script_answer( 'aaaaaaaaaaaa', true, '' )
				);
			}
		);

		dw_with_assets(
			array(
				'dialogue-widgets.js'     => DW_BUNDLE,
				'dialogue-widgets.js.map' => null,
			),
			static function () {
				check_same( 'without a shipped map, the bundle names none', "export const greeting = \"hi\";\n\n", dialogue_widgets_script_answer( '1f680261165e', false, '' )['body'] );
			}
		);

		dw_with_assets(
			array(
				'dialogue-widgets.js'     => null,
				'dialogue-widgets.js.map' => null,
			),
			static function () {
				$missing = dialogue_widgets_script_answer( 'missing', false, '' );
				check_same( 'the copy missing: 404, readable from any origin, not cached', array( 404, '*', 'no-store' ), array( $missing['status'], $missing['headers']['Access-Control-Allow-Origin'], $missing['headers']['Cache-Control'] ) );
				check_same( '…and the share panel is told, to warn the author (its snippet keeps the route)', array( true, 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/script/missing/js' ), array( dialogue_widgets_partner_script_missing(), dialogue_widgets_partner_script_src() ) );
				dw_with_options(
					array( DIALOGUE_WIDGETS_OPTION => 'https://cdn.example.org/dialogue-widgets.js' ),
					static function () {
						check_same( '…unless a CDN address is set', false, dialogue_widgets_partner_script_missing() );
					}
				);
			}
		);
	}
);
