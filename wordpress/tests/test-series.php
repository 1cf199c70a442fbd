<?php
/**
 * The [dialogue_series] shortcode and the "Dialogue series" block: attributes mapped and escaped, anything else
 * dropped, the site's own feed by default, the author's fallback kept and filtered. Required by test-plugin.php.
 *
 * The expected markup is written out by hand, never computed by the code under test.
 *
 * @package DialogueWidgets
 */

section(
	'series shortcode',
	static function () {
		check( '[dialogue_series] is registered', shortcode_exists( 'dialogue_series' ) );
		// The tests' site has plain permalinks: its REST root is ?rest_route= (with pretty ones, /wp-json/).
		$own = 'https://example.test/index.php?rest_route=/dialogue-widgets/v1/events';
		check_same( 'without src: this site\'s own events', $own, dialogue_widgets_series_default_src() );
		check_same(
			'without src: the element shows the site\'s feed',
			'<dialogue-series src="' . $own . '"></dialogue-series>',
			do_shortcode( '[dialogue_series]' )
		);
		check_same(
			'underscore and hyphen names, in the documented order',
			'<dialogue-series src="https://host.example/wp-json/dialogue-widgets/v1/events?lang=fr&#038;x=1" upcoming-limit="4" past-limit="0" viewer-time-zone="Europe/Paris" lang="fr"></dialogue-series>',
			do_shortcode( '[dialogue_series lang="fr" viewer_time_zone="Europe/Paris" past_limit="0" upcoming-limit="4" src="https://host.example/wp-json/dialogue-widgets/v1/events?lang=fr&x=1"]' )
		);
		check_same(
			'a non-http(s) src is dropped, and the site\'s feed is not put in its place',
			'<dialogue-series></dialogue-series>',
			do_shortcode( '[dialogue_series src="javascript:alert(1)"]' )
		);
		check_same(
			'a relative src (a feed on this site) is kept',
			'<dialogue-series src="/wp-json/dialogue-widgets/v1/events"></dialogue-series>',
			do_shortcode( '[dialogue_series src="/wp-json/dialogue-widgets/v1/events"]' )
		);
		check_same(
			'limits are whole numbers; others are left to the element\'s default',
			'<dialogue-series src="https://h.example/f" upcoming-limit="12"></dialogue-series>',
			do_shortcode( '[dialogue_series src="https://h.example/f" upcoming_limit="012" past_limit="-1"]' )
		);
		check_same(
			'quotes and angle brackets in a value are escaped; event handlers and unknown attributes dropped',
			'<dialogue-series src="https://h.example/f" viewer-time-zone="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></dialogue-series>',
			do_shortcode( '[dialogue_series src="https://h.example/f" onclick="alert(1)" style="x" viewer_time_zone=\'"><script>alert(1)</script>\']' )
		);
		check_same(
			'limits that are not numbers are dropped',
			'<dialogue-series src="https://h.example/f"></dialogue-series>',
			do_shortcode( '[dialogue_series src="https://h.example/f" past_limit="three" upcoming_limit="1e3"]' )
		);
		check_same(
			'the enclosed fallback is kept, filtered as post content (no script, no handler), on one line',
			'<dialogue-series src="https://h.example/f"><p>See <a href="https://host.example/dialogues">all our dialogues</a>.</p> alert(1)</dialogue-series>',
			do_shortcode( "[dialogue_series src=\"https://h.example/f\"]<p>See <a href=\"https://host.example/dialogues\" onclick=\"steal()\">all our dialogues</a>.</p>\n<script>alert(1)</script>[/dialogue_series]" )
		);
		check_same(
			'dialogue_widgets_series_default_src can turn the default off',
			'<dialogue-series></dialogue-series>',
			dw_with_filter( 'dialogue_widgets_series_default_src', '__return_empty_string', static function () {
				return do_shortcode( '[dialogue_series]' );
			} )
		);

		$page = dw_render_page( '<p>Our dialogues</p>[dialogue_series past_limit="2"][dialogue_series src="https://h.example/f"]' );
		check_same( 'series enqueue the library once', array( DIALOGUE_WIDGETS_HANDLE ), $page['queue'] );
		check( 'no <p> inside the element', ! preg_match( '/<dialogue-series[^>]*>\s*<\/?p/', $page['body'] ), $page['body'] );
	}
);

section(
	'series block',
	static function () {
		$registry = WP_Block_Type_Registry::get_instance();
		check( 'dialogue-widgets/series is registered from block.json', $registry->is_registered( 'dialogue-widgets/series' ) );
		$type = $registry->get_registered( 'dialogue-widgets/series' );
		check( 'it is dynamic (server-rendered)', $type && $type->is_dynamic() );
		$block = json_decode( file_get_contents( WP_PLUGIN_DIR . '/dialogue-widgets/blocks/series/block.json' ), true );
		check_same( 'its block.json version matches the plugin', DIALOGUE_WIDGETS_VERSION, $block['version'] );

		$page = dw_render_page(
			'<!-- wp:dialogue-widgets/series {"pastLimit":"5","viewerTimeZone":"Africa/Maputo","fallback":"Our <b>events</b> & more","onclick":"alert(1)"} /-->'
			. "\n\n" . '<!-- wp:dialogue-widgets/series {"src":"javascript:alert(1)","upcomingLimit":"x"} /-->'
		);
		preg_match_all( '/<dialogue-series\b.*?<\/dialogue-series>/', $page['body'], $elements );
		check_same(
			'the block\'s element: the site\'s feed by default, camelCase mapped, fallback text escaped in a paragraph',
			'<dialogue-series src="https://example.test/index.php?rest_route=/dialogue-widgets/v1/events" past-limit="5" viewer-time-zone="Africa/Maputo"><p>Our &lt;b&gt;events&lt;/b&gt; &amp; more</p></dialogue-series>',
			$elements[0][0] ?? $page['body']
		);
		check_same( 'a bad src and limit in a block are dropped', '<dialogue-series></dialogue-series>', $elements[0][1] ?? $page['body'] );
	}
);
