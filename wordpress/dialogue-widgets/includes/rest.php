<?php
/**
 * The events' addresses as API.md ("Publishing") has them answer: application/ld+json, readable from any
 * origin without a cookie (Access-Control-Allow-Origin: *, Date, Age and ETag exposed), cacheable by a CDN
 * (Cache-Control: public, max-age from Settings → General), and 304 when If-None-Match holds the ETag.
 *
 * @package DialogueWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers GET /dialogue-widgets/v1/events and /dialogue-widgets/v1/events/{id}.
 */
function dialogue_widgets_register_routes() {
	register_rest_route(
		DIALOGUE_WIDGETS_REST_NAMESPACE,
		'/events',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'dialogue_widgets_rest_series',
			'permission_callback' => '__return_true',
		)
	);
	register_rest_route(
		DIALOGUE_WIDGETS_REST_NAMESPACE,
		'/events/(?P<id>[0-9]+(?:-[0-9]+)?)',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'dialogue_widgets_rest_event',
			'permission_callback' => '__return_true',
		)
	);
}

/**
 * GET …/events: the series.
 *
 * @return WP_REST_Response
 */
function dialogue_widgets_rest_series() {
	return new WP_REST_Response( dialogue_widgets_series_json_ld( time() ), 200 );
}

/**
 * GET …/events/{id}: one event, or 404 for anything not published.
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function dialogue_widgets_rest_event( $request ) {
	$document = dialogue_widgets_published_event( $request['id'] );
	if ( ! $document ) {
		return new WP_Error( 'dialogue_widgets_no_event', __( 'No published event at this address.', 'dialogue-widgets' ), array( 'status' => 404 ) );
	}
	return new WP_REST_Response( $document, 200 );
}

/**
 * Whether the REST request being served is one of ours (the events, or the script for partners).
 *
 * @param string $route Route, e.g. /dialogue-widgets/v1/events/12.
 * @return bool
 */
function dialogue_widgets_is_our_route( $route ) {
	return is_string( $route ) && 1 === preg_match( '#^/' . preg_quote( DIALOGUE_WIDGETS_REST_NAMESPACE, '#' ) . '/(?:events|script)(?:/|$)#', $route );
}

/**
 * The events are public and the same for everyone: a cookie sent along (a logged-in editor following the
 * link, a stale nonce) must neither change nor block the answer. WordPress's cookie check would turn a bad
 * nonce into a 403; for these read-only routes it is set aside.
 *
 * @param WP_Error|null|true $result Authentication result so far.
 * @return WP_Error|null|true
 */
function dialogue_widgets_rest_authentication( $result ) {
	$route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? $GLOBALS['wp']->query_vars['rest_route'] : '';
	$read  = in_array( isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( $_SERVER['REQUEST_METHOD'] ) : 'GET', array( 'GET', 'HEAD', 'OPTIONS' ), true );
	if ( $read && dialogue_widgets_is_our_route( '/' . ltrim( (string) $route, '/' ) ) && is_wp_error( $result ) ) {
		return null;
	}
	return $result;
}

/**
 * The max-age partners' browsers and CDNs may keep an answer (Settings → General), in seconds.
 *
 * @return int
 */
function dialogue_widgets_max_age() {
	return dialogue_widgets_sanitize_max_age( get_option( DIALOGUE_WIDGETS_MAX_AGE_OPTION, DIALOGUE_WIDGETS_MAX_AGE_DEFAULT ), false );
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison: a CDN that compresses may weaken it).
 *
 * @param string $header If-None-Match.
 * @param string $etag   Our ETag, quoted.
 * @return bool
 */
function dialogue_widgets_etag_matches( $header, $etag ) {
	foreach ( explode( ',', (string) $header ) as $candidate ) {
		$candidate = trim( $candidate );
		if ( '*' === $candidate || preg_replace( '#^W/#', '', $candidate ) === $etag ) {
			return true;
		}
	}
	return false;
}

/**
 * The headers and body of one answer, worked out without sending anything (so they can be tested).
 *
 * @param int    $status        HTTP status from the route.
 * @param mixed  $data          Document (or WordPress's error data).
 * @param string $if_none_match The request's If-None-Match, '' when none.
 * @param string $method        Request method.
 * @return array{status:int,headers:array<string,string>,body:string}
 */
function dialogue_widgets_rest_answer( $status, $data, $if_none_match, $method = 'GET' ) {
	if ( 'OPTIONS' === strtoupper( $method ) ) {
		// A CORS preflight (only a partner script sending headers of its own causes one): reading is allowed.
		return array(
			'status'  => 204,
			'headers' => array(
				'Access-Control-Allow-Origin'  => '*',
				'Access-Control-Allow-Methods' => 'GET, HEAD',
				'Access-Control-Allow-Headers' => '*', // Any: nothing is sent with credentials.
				'Access-Control-Max-Age'       => '86400',
				'Cache-Control'                => 'public, max-age=' . dialogue_widgets_max_age(),
			),
			'body'    => '',
		);
	}
	$body    = wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	$headers = array(
		'Content-Type'                  => ( 200 === $status ? 'application/ld+json' : 'application/json' ) . '; charset=' . get_option( 'blog_charset', 'UTF-8' ),
		'Access-Control-Allow-Origin'   => '*',
		'Access-Control-Expose-Headers' => 'Date, Age, ETag',
		'Cache-Control'                 => 'public, max-age=' . dialogue_widgets_max_age(),
	);
	return dialogue_widgets_conditional_answer( $status, $headers, $body, $if_none_match, $method );
}

/**
 * One answer of the plugin's public routes: a 200 carries an ETag of its body and becomes a bodiless 304 when
 * the request's If-None-Match names it; a HEAD gets the headers alone.
 *
 * @param int                  $status        HTTP status.
 * @param array<string,string> $headers       Headers, without the ETag.
 * @param string               $body          The body a GET gets.
 * @param string               $if_none_match The request's If-None-Match, '' when none.
 * @param string               $method        Request method.
 * @return array{status:int,headers:array<string,string>,body:string}
 */
function dialogue_widgets_conditional_answer( $status, $headers, $body, $if_none_match, $method ) {
	if ( 200 === $status ) {
		$headers['ETag'] = '"' . md5( $body ) . '"';
		if ( '' !== $if_none_match && dialogue_widgets_etag_matches( $if_none_match, $headers['ETag'] ) ) {
			$status = 304;
			$body   = '';
		}
	}
	return array(
		'status'  => $status,
		'headers' => $headers,
		'body'    => 'HEAD' === strtoupper( $method ) ? '' : $body,
	);
}

/**
 * Serves our routes' answers with our headers, in place of WordPress's JSON (rest_pre_serve_request, after
 * WordPress's own CORS headers, which allow credentials for the asking origin: replaced by `*`).
 *
 * @param bool             $served  Whether the request was already served.
 * @param WP_HTTP_Response $result  The answer.
 * @param WP_REST_Request  $request The request.
 * @param WP_REST_Server   $server  The server.
 * @return bool
 */
function dialogue_widgets_serve_request( $served, $result, $request, $server ) {
	if ( $served || ! dialogue_widgets_is_our_route( $request->get_route() ) ) {
		return $served;
	}
	$script = dialogue_widgets_script_route( $request->get_route() );
	$answer = $script
		? dialogue_widgets_script_answer( $script['version'], $script['map'], (string) $request->get_header( 'if_none_match' ), $request->get_method() )
		: dialogue_widgets_rest_answer(
			$result->get_status(),
			$server->response_to_data( $result, false ),
			(string) $request->get_header( 'if_none_match' ),
			$request->get_method()
		);
	dialogue_widgets_send_answer( $answer );
	return true;
}

/**
 * Sends an answer worked out by dialogue_widgets_rest_answer() or dialogue_widgets_script_answer().
 *
 * @param array{status:int,headers:array<string,string>,body:string} $answer The answer.
 */
function dialogue_widgets_send_answer( $answer ) {
	if ( ! headers_sent() ) {
		foreach ( array( 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Headers', 'Access-Control-Allow-Methods', 'Access-Control-Expose-Headers', 'Vary', 'Expires', 'Pragma', 'Last-Modified', 'Link', 'Allow' ) as $name ) {
			header_remove( $name );
		}
		if ( ! isset( $answer['headers']['Content-Type'] ) ) {
			header_remove( 'Content-Type' );
		}
		status_header( $answer['status'] );
		foreach ( $answer['headers'] as $name => $value ) {
			header( $name . ': ' . $value );
		}
	}
	echo $answer['body']; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON or JavaScript, served as such.
}
