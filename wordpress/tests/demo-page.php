<?php
/**
 * demo/wordpress.html shows markup exactly as WordPress outputs it. Two regions of that page are not
 * written by hand: what an administrator typed into the classic editor (demo/wordpress-post.txt), and
 * what WordPress's own the_content filter chain (wpautop, wptexturize, shortcodes, with this plugin
 * active) made of it. test-plugin.php checks the page is current; `bash wordpress/tests/run.sh
 * --write-demo` rewrites it.
 *
 * @package DialogueWidgets
 */

/** The repository's demo/ folder. */
function dw_demo_dir() {
	return dirname( __DIR__, 2 ) . '/demo';
}

/**
 * The page with both generated regions written afresh, or null when a region's markers are missing.
 *
 * @param string $page The page as it is.
 * @param string $post The post content as typed.
 * @return string|null
 */
function dw_demo_page_rebuilt( $page, $post ) {
	$regions = array(
		'wordpress-post.txt'            => '<pre class="wordpress-input">' . htmlspecialchars( rtrim( $post, "\n" ), ENT_NOQUOTES, 'UTF-8' ) . '</pre>',
		'the_content, WordPress 6.1' => rtrim( dw_render_page( $post )['body'], "\n" ),
	);
	foreach ( $regions as $marker => $markup ) {
		// Markers stand at the start of their lines, so the generated markup needs no indenting.
		$pattern = '/(^<!-- ' . preg_quote( $marker, '/' ) . ' -->\n).*?(^<!-- \/' . preg_quote( $marker, '/' ) . ' -->$)/ms';
		if ( ! preg_match( $pattern, $page ) ) {
			return null;
		}
		$page = preg_replace_callback(
			$pattern,
			static function ( $m ) use ( $markup ) {
				return $m[1] . $markup . "\n" . $m[2];
			},
			$page
		);
	}
	return $page;
}
