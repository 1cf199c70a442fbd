<?php
/**
 * The library for partners' pages: the plugin's copy of dialogue-widgets.js (and its source map) served from a
 * REST route, /wp-json/dialogue-widgets/v1/script/{version}/js, with what a module script from another site needs
 * (Access-Control-Allow-Origin: *), which php -S, Apache and nginx do not send for the static file by default.
 *
 * The address carries the file's version, so it may be cached for a year (immutable); an address with another
 * version redirects to the current one, so a snippet a partner pasted long ago keeps working after an update.
 * It has no dot: php -S answers 404 itself to an address with one that names no file, and many nginx setups
 * serve every *.js address as a static file, never reaching WordPress.
 * The REST route works with pretty and plain permalinks alike (rest_url()) and loads no theme template.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/** A year: the longest a cache is asked to keep anything; the version in the address changes with the file. */
const DIALOGUE_WIDGETS_SCRIPT_MAX_AGE = 31536000;

/** How long an address with another version may be kept redirecting to the current one (an hour). */
const DIALOGUE_WIDGETS_SCRIPT_REDIRECT_MAX_AGE = 3600;

/**
 * The bundled copy of the library, or its source map.
 *
 * @param bool $map Whether the source map.
 * @return string Path.
 */
function dialogue_widgets_bundle_file( $map = false ) {
	return DIALOGUE_WIDGETS_DIR . '/assets/dialogue-widgets.js' . ( $map ? '.map' : '' );
}

/**
 * The bundled copy's version in its address: the start of the file's hash (the same on every server of a
 * cluster, unlike its mtime; changed by every build, unlike the plugin's version), or "missing". No dots: php -S
 * answers 404 itself to any address with one that names no file.
 *
 * @return string
 */
function dialogue_widgets_bundle_version() {
	$file = dialogue_widgets_bundle_file();
	return is_readable( $file ) ? substr( (string) md5_file( $file ), 0, 12 ) : 'missing';
}

/**
 * The address the plugin serves its copy (or its map) at, for other sites.
 *
 * @param string|null $version Version in the address; null for the current one.
 * @param bool        $map     Whether the source map's address.
 * @return string
 */
function dialogue_widgets_bundle_address( $version = null, $map = false ) {
	$version = null === $version ? dialogue_widgets_bundle_version() : $version;
	return rest_url( DIALOGUE_WIDGETS_REST_NAMESPACE . '/script/' . rawurlencode( $version ) . ( $map ? '/map' : '/js' ) );
}

/**
 * The module script a partner's page loads (the share panel's snippet): the CDN address from Settings →
 * General when one is set, else the plugin's copy at its route. The host's own pages keep loading the static
 * file (assets.php): same origin, no CORS needed.
 *
 * @return string
 */
function dialogue_widgets_partner_script_src() {
	$cdn = dialogue_widgets_sanitize_script_url( get_option( DIALOGUE_WIDGETS_OPTION, '' ), false );
	return '' !== $cdn ? $cdn : dialogue_widgets_bundle_address();
}

/**
 * Whether partners' pages would find no script: no CDN address, and the plugin's copy not built in.
 *
 * @return bool
 */
function dialogue_widgets_partner_script_missing() {
	return '' === dialogue_widgets_sanitize_script_url( get_option( DIALOGUE_WIDGETS_OPTION, '' ), false )
		&& ! is_readable( dialogue_widgets_bundle_file() );
}

/**
 * Registers GET /dialogue-widgets/v1/script/{version}/js and …/script/{version}/map. Their answers are made by
 * dialogue_widgets_script_answer() when served (rest_pre_serve_request), as the events' are.
 */
function dialogue_widgets_register_script_routes() {
	foreach ( array( '/js', '/map' ) as $suffix ) {
		register_rest_route(
			DIALOGUE_WIDGETS_REST_NAMESPACE,
			'/script/(?P<version>[0-9A-Za-z._-]{1,64})' . $suffix,
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => '__return_null',
				'permission_callback' => '__return_true',
			)
		);
	}
}

/**
 * Whether a REST route is the script's, and which file it asks for.
 *
 * @param string $route Route, e.g. /dialogue-widgets/v1/script/0123456789ab/map.
 * @return array{version:string,map:bool}|null
 */
function dialogue_widgets_script_route( $route ) {
	if ( ! is_string( $route ) || ! preg_match( '#^/' . preg_quote( DIALOGUE_WIDGETS_REST_NAMESPACE, '#' ) . '/script/([0-9A-Za-z._-]{1,64})/(js|map)$#', $route, $m ) ) {
		return null;
	}
	return array(
		'version' => $m[1],
		'map'     => 'map' === $m[2],
	);
}

/**
 * The headers and body of one answer, worked out without sending anything (so they can be tested).
 *
 * @param string $version       Version in the address.
 * @param bool   $map           Whether the source map is asked for.
 * @param string $if_none_match The request's If-None-Match, '' when none.
 * @param string $method        Request method.
 * @return array{status:int,headers:array<string,string>,body:string}
 */
function dialogue_widgets_script_answer( $version, $map, $if_none_match, $method = 'GET' ) {
	$method = strtoupper( $method );
	$file   = dialogue_widgets_bundle_file( $map );
	if ( 'OPTIONS' === $method ) {
		// A module script never asks first; a partner's own fetch() with headers of its own may.
		return array(
			'status'  => 204,
			'headers' => array(
				'Access-Control-Allow-Origin'  => '*',
				'Access-Control-Allow-Methods' => 'GET, HEAD',
				'Access-Control-Allow-Headers' => '*',
				'Access-Control-Max-Age'       => '86400',
			),
			'body'    => '',
		);
	}
	if ( ! is_readable( $file ) ) {
		return array(
			'status'  => 404,
			'headers' => array(
				'Content-Type'                => 'text/plain; charset=utf-8',
				'Access-Control-Allow-Origin' => '*',
				'Cache-Control'               => 'no-store',
			),
			'body'    => 'HEAD' === $method ? '' : "The plugin's copy of dialogue-widgets.js is missing: build the plugin (wordpress/build-plugin.sh).\n",
		);
	}
	$current = dialogue_widgets_bundle_version();
	if ( $version !== $current ) {
		// An older snippet (or a hand-typed address): the current copy, for the next hour, then ask again.
		return array(
			'status'  => 302,
			'headers' => array(
				'Location'                    => dialogue_widgets_bundle_address( $current, $map ),
				'Access-Control-Allow-Origin' => '*',
				'Cache-Control'               => 'public, max-age=' . DIALOGUE_WIDGETS_SCRIPT_REDIRECT_MAX_AGE,
			),
			'body'    => '',
		);
	}
	$body = (string) file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	if ( ! $map ) {
		// The bundle names its map relative to itself; from a route (…?rest_route=… on plain permalinks) only an
		// absolute address finds it, and none when the map was not shipped.
		$name = is_readable( dialogue_widgets_bundle_file( true ) ) ? '//# sourceMappingURL=' . dialogue_widgets_bundle_address( $current, true ) : '';
		$body = preg_replace( '~//# sourceMappingURL=\S*\s*$~', $name . "\n", $body, 1 );
	}
	$headers = array(
		'Content-Type'                  => ( $map ? 'application/json' : 'text/javascript' ) . '; charset=utf-8',
		'Access-Control-Allow-Origin'   => '*',
		'Access-Control-Expose-Headers' => 'ETag',
		'Cache-Control'                 => 'public, max-age=' . DIALOGUE_WIDGETS_SCRIPT_MAX_AGE . ', immutable',
	);
	return dialogue_widgets_conditional_answer( 200, $headers, $body, $if_none_match, $method );
}
