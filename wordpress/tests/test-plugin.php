<?php
/**
 * The plugin against WordPress 6.1's own code: shortcode parsing, escaping, the_content's filter chain,
 * the script loader, the Settings API's sanitising and the block parser. Then the WordPress 6.5+
 * script-modules path in a separate process (test-script-modules.php), since the functions it needs
 * cannot be removed again once defined.
 *
 * Run through run.sh, which provides php and WordPress; prints "N passed, M failed".
 *
 * @package DialogueWidgets
 */

require __DIR__ . '/bootstrap.php';
require __DIR__ . '/lib.php';
require __DIR__ . '/helpers.php';
require __DIR__ . '/demo-page.php';

dw_load_plugin();

$bundled_src = 'https://example.test/wp-content/plugins/dialogue-widgets/assets/dialogue-widgets.js';
$cdn_src     = 'https://cdn.example.org/dialogue-widgets@0.1.0/dist/dialogue-widgets.js';

section(
	'plugin header',
	static function () {
		$header = get_file_data(
			WP_PLUGIN_DIR . '/dialogue-widgets/dialogue-widgets.php',
			array(
				'name'     => 'Plugin Name',
				'requires' => 'Requires at least',
				'license'  => 'License',
				'domain'   => 'Text Domain',
				'version'  => 'Version',
			)
		);
		check_same( 'header names the plugin', 'Dialogue Widgets', $header['name'] );
		check_same( 'header requires WordPress 6.1', '6.1', $header['requires'] );
		check_same( 'header licence is MIT', 'MIT', $header['license'] );
		check_same( 'header text domain', 'dialogue-widgets', $header['domain'] );
		check_same( 'header version matches the constant', DIALOGUE_WIDGETS_VERSION, $header['version'] );
		// One version number for the project (issue 10): the plugin ships the bundle of the package it is part of.
		$package = json_decode( file_get_contents( dirname( WP_PLUGIN_DIR ) . '/package.json' ), true );
		check_same( 'the plugin\'s version is package.json\'s', $package['version'] ?? null, DIALOGUE_WIDGETS_VERSION );
		$block = json_decode( file_get_contents( WP_PLUGIN_DIR . '/dialogue-widgets/blocks/event/block.json' ), true );
		check_same( 'block.json version matches the plugin', DIALOGUE_WIDGETS_VERSION, $block['version'] );
		check_same( 'block.json text domain', 'dialogue-widgets', $block['textdomain'] );
	}
);

section(
	'shortcode output',
	static function () {
		check( '[dialogue_event] is registered', shortcode_exists( 'dialogue_event' ) );
		check_same(
			'underscore forms map to the element attributes, in the documented order',
			'<dialogue-event name="Panel: Water &amp; Cities" start="2025-07-06T16:00" end="2025-07-06T17:30" time-zone="Africa/Johannesburg" status="scheduled" register-url="https://example.org/register?event=7&#038;ref=partner" registration-closes="2025-07-05T12:00" recording-url="https://example.org/watch" join-url="https://meet.example.org/j/1" image="https://example.org/p.jpg" image-alt="The panel" viewer-time-zone="Europe/Paris" src="https://example.org/events/7.jsonld" lang="fr"></dialogue-event>',
			dw_without_fallback( do_shortcode( '[dialogue_event lang="fr" src="https://example.org/events/7.jsonld" viewer_time_zone="Europe/Paris" image_alt="The panel" image="https://example.org/p.jpg" join_url="https://meet.example.org/j/1" recording_url="https://example.org/watch" registration_closes="2025-07-05T12:00" register_url="https://example.org/register?event=7&ref=partner" status="scheduled" time_zone="Africa/Johannesburg" end="2025-07-06T17:30" start="2025-07-06T16:00" name="Panel: Water & Cities"]' ) )
		);
		$hyphen     = do_shortcode( '[dialogue_event name="N" start="2025-07-06T16:00" time-zone="Africa/Johannesburg" register-url="https://example.org/r" registration-closes="2025-07-05" recording-url="https://example.org/w" join-url="https://example.org/j" image-alt="A" viewer-time-zone="UTC"]' );
		$underscore = do_shortcode( '[dialogue_event name="N" start="2025-07-06T16:00" time_zone="Africa/Johannesburg" register_url="https://example.org/r" registration_closes="2025-07-05" recording_url="https://example.org/w" join_url="https://example.org/j" image_alt="A" viewer_time_zone="UTC"]' );
		check( 'hyphen forms parse (WordPress\'s attribute regex allows [\w-]+)', false !== strpos( $hyphen, ' time-zone="Africa/Johannesburg"' ) && false !== strpos( $hyphen, ' viewer-time-zone="UTC"' ), $hyphen );
		check_same( 'hyphen and underscore forms give the same element', $underscore, $hyphen );
		check_same( 'the element\'s own spelling wins over the underscore form (written after)', array( 'time-zone' => 'Europe/Paris' ), dw_element_attributes( do_shortcode( '[dialogue_event time-zone="Europe/Paris" time_zone="Asia/Tokyo"]' ) ) );
		check_same( 'the element\'s own spelling wins over the underscore form (written before)', array( 'time-zone' => 'Europe/Paris' ), dw_element_attributes( do_shortcode( '[dialogue_event time_zone="Asia/Tokyo" time-zone="Europe/Paris"]' ) ) );
		check_same( 'unquoted and single-quoted values', array( 'name' => 'A b', 'start' => '2025-07-06T16:00' ), dw_element_attributes( do_shortcode( "[dialogue_event name='A b' start=2025-07-06T16:00]" ) ) );
		check_same( 'no attributes: an empty element', '<dialogue-event></dialogue-event>', dw_without_fallback( do_shortcode( '[dialogue_event]' ) ) );
		check_same( 'self-closing form', '<dialogue-event name="X"></dialogue-event>', dw_without_fallback( do_shortcode( '[dialogue_event name="X" /]' ) ) );
		check_same( 'canonical written bare is a boolean attribute', '<dialogue-event name="X" canonical></dialogue-event>', dw_without_fallback( do_shortcode( '[dialogue_event canonical name="X"]' ) ) );
		check_same( 'canonical="true" is on', '<dialogue-event canonical></dialogue-event>', dw_without_fallback( do_shortcode( '[dialogue_event canonical="true"]' ) ) );
		check_same( 'canonical="false" is off', '<dialogue-event></dialogue-event>', dw_without_fallback( do_shortcode( '[dialogue_event canonical="false"]' ) ) );
		check_same( 'empty values are left out', '<dialogue-event name="X"></dialogue-event>', dw_without_fallback( do_shortcode( '[dialogue_event name="X" start="" register_url="  "]' ) ) );
		check_same(
			'relative src (a JSON-LD endpoint on the same site) is kept',
			array( 'src' => '/wp-json/events/v1/7' ),
			dw_element_attributes( do_shortcode( '[dialogue_event src="/wp-json/events/v1/7"]' ) )
		);
		check_same(
			'the shortcode_atts_dialogue_event filter sees element names',
			array( 'name' => 'Filtered' ),
			dw_with_filter(
				'shortcode_atts_dialogue_event',
				static function ( $out ) {
					$out['name'] = 'Filtered';
					return $out;
				},
				static function () {
					return dw_element_attributes( do_shortcode( '[dialogue_event name="Original"]' ) );
				}
			)
		);
	}
);

section(
	'hostile values are escaped or dropped',
	static function () {
		$quotes = do_shortcode( '[dialogue_event name=\'x" onmouseover="alert(1)\' image_alt=\'a\' onfocus=\'alert(2)\']' );
		check( 'a double quote cannot end the attribute', null !== dw_element_attributes( $quotes ) && false === stripos( $quotes, 'onmouseover="' ), $quotes );
		check_same( 'the quoted value arrives intact as text', 'x" onmouseover="alert(1)', dw_element_attributes( $quotes )['name'] ?? null );
		check( 'quotes are written as entities', false !== strpos( $quotes, 'name="x&quot; onmouseover=&quot;alert(1)"' ), $quotes );

		$apostrophe = do_shortcode( '[dialogue_event name="O\'Brien &amp; Sons"]' );
		check_same( 'apostrophe and an existing entity', '<dialogue-event name="O&#039;Brien &amp; Sons"></dialogue-event>', dw_without_fallback( $apostrophe ) );

		$script = do_shortcode( '[dialogue_event name="<script>alert(1)</script>" image_alt="<img src=x onerror=alert(1)>"]' );
		check( 'no <script> or <img> in the output', false === stripos( $script, '<script' ) && false === stripos( $script, '<img' ), $script );
		check( 'markup in values becomes text', false !== strpos( $script, 'name="&lt;script&gt;alert(1)&lt;/script&gt;"' ), $script );
		check( 'output is one well-formed element', null !== dw_element_attributes( $script ), $script );

		// do_shortcode() leaves a shortcode containing a lone '<' alone (it looks like a tag); WordPress's
		// attribute parser, used when it does run, blanks such a value.
		$unclosed = dialogue_widgets_shortcode( shortcode_parse_atts( 'name="<script" start="2025-07-06T16:00"' ) );
		check_same( 'an unclosed tag in a value is blanked by WordPress and left out', '<dialogue-event start="2025-07-06T16:00"></dialogue-event>', dw_without_fallback( $unclosed ) );

		foreach (
			array(
				'register_url'  => 'javascript:alert(1)',
				'recording_url' => 'JaVaScRiPt:alert(1)',
				'join_url'      => ' javascript:alert(document.cookie)',
				'image'         => 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
				'src'           => 'vbscript:msgbox(1)',
			) as $attribute => $url
		) {
			$out = do_shortcode( '[dialogue_event name="X" ' . $attribute . '="' . $url . '"]' );
			check_same( "$attribute=\"$url\" is dropped", '<dialogue-event name="X"></dialogue-event>', dw_without_fallback( $out ) );
		}
		$out = do_shortcode( '[dialogue_event register_url="ftp://example.org/file"]' );
		check_same( 'ftp: is not http(s): dropped', '<dialogue-event></dialogue-event>', dw_without_fallback( $out ) );
		$out = do_shortcode( '[dialogue_event register_url="https://example.org/r?a=1&b=2&amp;c=3" src="https://example.org/e.json?x=1&y=2"]' );
		check( '& in URLs is written as &#038;', false !== strpos( $out, 'register-url="https://example.org/r?a=1&#038;b=2&#038;c=3"' ) && false !== strpos( $out, 'src="https://example.org/e.json?x=1&#038;y=2"' ), $out );
		check( 'no bare & left in the output', ! preg_match( '/&(?!#0?38;|amp;|quot;|#039;|lt;|gt;)/', $out ), $out );
		$out = do_shortcode( '[dialogue_event register_url="https://example.org/a b\'c"]' );
		check_same( 'spaces and apostrophes in URLs are encoded', array( 'register-url' => "https://example.org/a%20b'c" ), dw_element_attributes( $out ) );

		$unknown = do_shortcode( '[dialogue_event name="X" onclick="alert(1)" style="position:fixed" class="a" id="b" data-x="y" slot="z" registerurl="https://example.org" tabindex="1" evil]' );
		check_same( 'unknown attributes and bare words are dropped', '<dialogue-event name="X"></dialogue-event>', dw_without_fallback( $unknown ) );

		$newlines = do_shortcode( "[dialogue_event name=\"Two\nlines\r\n  here\" start=\"2025-07-06T16:00\"]" );
		// (WordPress's own shortcode parser already stumbles on invalid UTF-8, so this goes to the renderer.)
		check_same( 'invalid UTF-8 is left out, not passed on', '<dialogue-event start="2025-07-06T16:00"></dialogue-event>', dw_without_fallback( dialogue_widgets_render_event( array( 'name' => "\xff\xfe", 'start' => '2025-07-06T16:00' ) ) ) );
		check_same( 'non-ASCII text is kept', array( 'name' => 'Água e cidades — 水' ), dw_element_attributes( do_shortcode( '[dialogue_event name="Água e cidades — 水"]' ) ) );
		check_same( 'newlines in values are collapsed: the element stays on one line', '<dialogue-event name="Two lines here" start="2025-07-06T16:00"></dialogue-event>', dw_without_fallback( $newlines ) );
	}
);

section(
	'the <noscript> fallback: what visitors without JavaScript read',
	static function () {
		$reference = do_shortcode( '[dialogue_event name="How to use partnerships to strengthen the Impact of Civic Tech" start="2023-07-06T16:00" time_zone="Africa/Maputo" register_url="https://example.org/register?event=7&lang=en"]' );
		check_same(
			'name, start as written with the event\'s zone, and the register link, inside the element',
			'<dialogue-event name="How to use partnerships to strengthen the Impact of Civic Tech" start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/register?event=7&#038;lang=en"><noscript><strong>How to use partnerships to strengthen the Impact of Civic Tech</strong> &middot; <time datetime="2023-07-06T16:00">2023-07-06T16:00</time> (Africa/Maputo) &middot; <a href="https://example.org/register?event=7&#038;lang=en">Register</a></noscript></dialogue-event>',
			$reference
		);
		check_same( 'what a visitor without JavaScript reads', 'How to use partnerships to strengthen the Impact of Civic Tech · 2023-07-06T16:00 (Africa/Maputo) · Register', dw_fallback_text( dw_fallback( $reference ) ) );
		check( 'the output is one well-formed element with a phrasing-only fallback', null !== dw_element_attributes( $reference ), $reference );
		check_same( 'still one line', false, strpos( $reference, "\n" ) );

		check_same( 'src only: no fallback (there is nothing to say until the data arrives)', '<dialogue-event src="https://example.org/e.json"></dialogue-event>', do_shortcode( '[dialogue_event src="https://example.org/e.json"]' ) );
		check_same( 'nothing given: no fallback', '<dialogue-event></dialogue-event>', do_shortcode( '[dialogue_event]' ) );
		check_same( 'start without a zone: as written, no parentheses', '<noscript><time datetime="2025-07-06T16:00Z">2025-07-06T16:00Z</time></noscript>', dw_fallback( do_shortcode( '[dialogue_event start="2025-07-06T16:00Z"]' ) ) );
		check_same( 'whitespace in the name collapses as in the attribute', '<noscript><strong>Two lines here</strong></noscript>', dw_fallback( do_shortcode( "[dialogue_event name=\"Two\nlines\r\n  here\"]" ) ) );
		check_same( 'invalid UTF-8 is left out of the fallback too', '<noscript><time datetime="2025-07-06T16:00">2025-07-06T16:00</time></noscript>', dw_fallback( dialogue_widgets_render_event( array( 'name' => "\xff\xfe", 'start' => '2025-07-06T16:00' ) ) ) );

		$cancelled = dw_fallback( do_shortcode( '[dialogue_event name="Off" status="cancelled" register_url="https://example.org/r"]' ) );
		check_same( 'a cancelled event says so and offers no registration', '<noscript><strong>Off</strong> &middot; Cancelled</noscript>', $cancelled );
		check_same( 'a postponed event offers no registration', 'Off · Postponed', dw_fallback_text( dw_fallback( do_shortcode( '[dialogue_event name="Off" status="postponed" register_url="https://example.org/r"]' ) ) ) );
		check_same( 'a rescheduled event still does', 'On · Rescheduled · Register', dw_fallback_text( dw_fallback( do_shortcode( '[dialogue_event name="On" status="Rescheduled" register_url="https://example.org/r"]' ) ) ) );
		check_same( 'an unknown status adds nothing', '<noscript><strong>X</strong></noscript>', dw_fallback( do_shortcode( '[dialogue_event name="X" status="maybe"]' ) ) );

		// Hostile values: with scripting on, <noscript> content is raw text up to the first </noscript>; with
		// it off, it is markup. Either way an escaped value can end nothing and open nothing.
		$hostile = do_shortcode( '[dialogue_event name="</noscript><script>alert(1)</script>" start=\'2025"><img src=x onerror=alert(1)>\' register_url="javascript:alert(1)"]' );
		$fallback = (string) dw_fallback( $hostile );
		check( 'hostile values: no tag but the fallback\'s own', null !== dw_element_attributes( $hostile ) && 1 === preg_match( '/^' . DW_FALLBACK_PATTERN . '$/', $fallback ), $hostile );
		check_same( 'hostile values: one </noscript>, at the end', 1, substr_count( strtolower( $hostile ), '</noscript' ) );
		check( 'hostile values: no <script or <img anywhere', false === stripos( $hostile, '<script' ) && false === stripos( $hostile, '<img' ), $hostile );
		check_same( 'hostile values: read back as the text that was typed', '</noscript><script>alert(1)</script> · 2025"><img src=x onerror=alert(1)>', dw_fallback_text( $fallback ) );
		check( 'a javascript: registration address is not linked in the fallback either', false === stripos( $hostile, 'href=' ), $hostile );
		$amp = dw_fallback( do_shortcode( '[dialogue_event register_url="https://example.org/r?a=1&b=2"]' ) );
		check_same( '& in the fallback link is written as &#038; (as esc_url does)', '<noscript><a href="https://example.org/r?a=1&#038;b=2">Register</a></noscript>', $amp );

		check_same(
			'dialogue_widgets_fallback_html can replace the fallback',
			'<dialogue-event name="X"><noscript>Mine</noscript></dialogue-event>',
			dw_with_filter(
				'dialogue_widgets_fallback_html',
				static function () {
					return '<noscript>Mine</noscript>';
				},
				static function () {
					return do_shortcode( '[dialogue_event name="X"]' );
				}
			)
		);
		check_same( 'and remove it', '<dialogue-event name="X"></dialogue-event>', dw_with_filter( 'dialogue_widgets_fallback_html', '__return_empty_string', static function () {
			return do_shortcode( '[dialogue_event name="X"]' );
		} ) );

		// A theme that runs wpautop over the output again must not split the element.
		$again = wpautop( $reference );
		check( 'wpautop run again wraps the whole element, and puts no <p> or <br> inside it', 1 === preg_match( '/^<p>' . preg_quote( $reference, '/' ) . '<\/p>\s*$/', $again ), $again );
	}
);

section(
	'the_content: wpautop, wptexturize and shortcodes together',
	static function () use ( $bundled_src ) {
		$content = "Join us -- it's free.\n\n"
			. "[dialogue_event name=\"First\" start=\"2025-07-06T16:00\" time_zone=\"Africa/Johannesburg\" register_url=\"https://example.org/r?a=1&b=2\"]\n\n"
			. "Between the events.\n"
			. "[dialogue_event name=\"Second\" src=\"https://example.org/e.json\"]\n"
			. "Inline: [dialogue_event name=\"Third\"] within a sentence.\n\n"
			. "[dialogue_event name=\"First\" canonical]";
		$page    = dw_render_page( $content );
		$body    = $page['body'];

		preg_match_all( '/<dialogue-event\b[^>]*>(.*?)<\/dialogue-event>/s', $body, $elements );
		check_same( 'four elements in the rendered post', 4, count( $elements[0] ) );
		check_same( 'nothing inside the elements but the <noscript> fallback: no <p>, <br> or text', array( '', '', '', '' ), array_map( 'dw_without_fallback', $elements[1] ) );
		check_same( 'each element carries its fallback', 4, count( array_filter( array_map( 'dw_fallback', $elements[1] ) ) ) );
		check( 'fallbacks are not texturized or auto-paragraphed', false !== strpos( $body, '<noscript><strong>First</strong> &middot; <time datetime="2025-07-06T16:00">2025-07-06T16:00</time> (Africa/Johannesburg) &middot; <a href="https://example.org/r?a=1&#038;b=2">Register</a></noscript>' ), $body );
		check_same( 'each element opens and closes on one line', 0, preg_match( '/<dialogue-event\b[^>]*\n/', $body ) );
		check( 'a shortcode alone on its line is not wrapped in <p> (shortcode_unautop)', 1 === preg_match( '/<\/p>\s*<dialogue-event name="First" start=/', $body ), $body );
		check( 'no <p> closes right after an opening element (the browser would end it early)', ! preg_match( '/<dialogue-event[^>]*>\s*<\/?p/', $body ), $body );
		check( 'the surrounding text is still texturized (the chain ran)', false !== strpos( $body, '&#8212;' ) && false !== strpos( $body, '&#8217;' ), $body );
		check( 'attribute values are not texturized', false !== strpos( $body, 'register-url="https://example.org/r?a=1&#038;b=2"' ), $body );
		check( 'no <script> in the post', false === stripos( $body, '<script' ), $body );

		check_same( 'the library is enqueued once for four events', array( DIALOGUE_WIDGETS_HANDLE ), $page['queue'] );
		check_same( 'nothing of ours in the head (events are rendered after wp_head)', '', $page['head'] );
		$tags = dw_script_tags( $page['footer'] );
		check_same( 'one <script> printed in the footer', 1, count( $tags ) );
		$tag = $tags[0] ?? '';
		check( 'the tag is type="module"', 1 === preg_match( '/^<script type="module" /', $tag ), $tag );
		check( 'WordPress\'s type=\'text/javascript\' is gone', 1 === substr_count( $tag, 'type=' ), $tag );
		check( 'it loads the bundled copy with a version for cache busting', 0 === strpos( dw_script_src( $tag ), $bundled_src . '?ver=' . DIALOGUE_WIDGETS_VERSION ), $tag );
		check( 'the tag keeps WordPress\'s id', false !== strpos( $tag, "id='dialogue-widgets-js'" ), $tag );
	}
);

section(
	'demo/wordpress.html holds WordPress 6.1\'s own output',
	static function () {
		// Before the block section: a post with blocks makes do_blocks() re-add wpautop after
		// shortcode_unautop for the rest of the request, and a single post page renders content once.
		$page    = file_get_contents( dw_demo_dir() . '/wordpress.html' );
		$rebuilt = dw_demo_page_rebuilt( $page, file_get_contents( dw_demo_dir() . '/wordpress-post.txt' ) );
		check( 'the page has both generated regions', null !== $rebuilt );
		$first_difference = static function ( $a, $b ) {
			$a = explode( "\n", (string) $a );
			$b = explode( "\n", (string) $b );
			foreach ( $a as $i => $line ) {
				if ( ( $b[ $i ] ?? null ) !== $line ) {
					return 'line ' . ( $i + 1 ) . "\nexpected: $line\nactual:   " . ( $b[ $i ] ?? '(none)' );
				}
			}
			return 'the page is longer than expected';
		};
		check(
			'it is what the_content makes of demo/wordpress-post.txt (regenerate: bash wordpress/tests/run.sh --write-demo)',
			$rebuilt === $page,
			$first_difference( $rebuilt, $page )
		);
	}
);

section(
	'only pages that show an event load the library',
	static function () {
		$page = dw_render_page( "Just a post.\n\nNo events here. [gallery]" );
		check_same( 'nothing enqueued', array(), $page['queue'] );
		check_same( 'nothing printed', '', $page['head'] . $page['footer'] );

		$page = dw_render_page( '[dialogue_event name="A"][dialogue_event name="B"][dialogue_event name="C"]' );
		check_same( 'three shortcodes in a row: enqueued once', array( DIALOGUE_WIDGETS_HANDLE ), $page['queue'] );
		check_same( 'three shortcodes in a row: one <script>', 1, count( dw_script_tags( $page['footer'] ) ) );
		check_same( 'three shortcodes in a row: three elements', 3, substr_count( $page['body'], '<dialogue-event ' ) );

		// Administrators paste the element itself (Custom HTML block, classic editor): it needs the library too.
		$page = dw_render_page( "<!-- wp:html -->\n<dialogue-event name=\"Pasted\" start=\"2025-07-06T16:00\" time-zone=\"UTC\"></dialogue-event>\n<!-- /wp:html -->" );
		check( 'a pasted element (Custom HTML block) is left as written', false !== strpos( $page['body'], '<dialogue-event name="Pasted" start="2025-07-06T16:00" time-zone="UTC"></dialogue-event>' ), $page['body'] );
		check_same( 'a pasted element loads the library', array( DIALOGUE_WIDGETS_HANDLE ), $page['queue'] );
		check_same( 'a pasted element: one module <script>', 1, count( dw_script_tags( $page['footer'] ) ) );

		$page = dw_render_page( "<dialogue-event src=\"https://example.org/e.json\"></dialogue-event>\n\n[dialogue_event name=\"B\"]\n\n[dialogue_event name=\"C\"]" );
		check_same( 'pasted element and two shortcodes: enqueued once', array( DIALOGUE_WIDGETS_HANDLE ), $page['queue'] );
		check_same( 'pasted element and two shortcodes: one <script>', 1, count( dw_script_tags( $page['footer'] ) ) );

		dw_render_page( '' );
		apply_filters( 'widget_custom_html_content', '<dialogue-event src="https://example.org/e.json"></dialogue-event>' );
		check_same( 'an element in a Custom HTML widget loads the library', array( DIALOGUE_WIDGETS_HANDLE ), wp_scripts()->queue );
	}
);

section(
	'settings: a CDN address replaces the bundled copy',
	static function () use ( $bundled_src, $cdn_src ) {
		check( 'the option is registered on Settings → General', isset( get_registered_settings()[ DIALOGUE_WIDGETS_OPTION ] ) && 'general' === get_registered_settings()[ DIALOGUE_WIDGETS_OPTION ]['group'] );
		check_same( 'its field is on the General page', 'general', $GLOBALS['dw_settings_fields'][ DIALOGUE_WIDGETS_OPTION ]['page'] ?? null );

		check_same( 'https address is kept', $cdn_src, sanitize_option( DIALOGUE_WIDGETS_OPTION, "  $cdn_src " ) );
		check_same( 'http address is kept', 'http://cdn.example.org/d.js', sanitize_option( DIALOGUE_WIDGETS_OPTION, 'http://cdn.example.org/d.js' ) );
		check_same( 'empty means the bundled copy', '', sanitize_option( DIALOGUE_WIDGETS_OPTION, '' ) );

		$GLOBALS['dw_test_options'][ DIALOGUE_WIDGETS_OPTION ] = $cdn_src;
		$GLOBALS['dw_settings_errors']                        = array();
		foreach ( array( 'javascript:alert(1)', 'data:text/javascript,alert(1)', 'ftp://cdn.example.org/d.js', '//cdn.example.org/d.js', 'cdn.example.org/d.js', '/wp-content/d.js' ) as $bad ) {
			check_same( "rejects $bad and keeps the previous address", $cdn_src, sanitize_option( DIALOGUE_WIDGETS_OPTION, $bad ) );
		}
		check_same( 'each rejection is reported on the settings screen', 6, count( $GLOBALS['dw_settings_errors'] ) );
		$odd = sanitize_option( DIALOGUE_WIDGETS_OPTION, 'https://cdn.example.org/d.js"><script>alert(1)</script>' );
		check( 'quotes and angle brackets cannot survive in a saved address', false === strpbrk( $odd, '"<>' ), $odd );

		$page = dw_render_page( '[dialogue_event name="A"][dialogue_event name="B"][dialogue_event name="C"]' );
		$tags = dw_script_tags( $page['footer'] );
		check_same( 'with a CDN address: one <script>', 1, count( $tags ) );
		check_same( 'with a CDN address: it is the src, with no ?ver=', $cdn_src, dw_script_src( $tags[0] ?? '' ) );
		check( 'with a CDN address: still type="module"', 0 === strpos( $tags[0] ?? '', '<script type="module" ' ), $tags[0] ?? '' );

		// A value written around the Settings API (WP-CLI, a migration) is checked again when read.
		$GLOBALS['dw_test_options'][ DIALOGUE_WIDGETS_OPTION ] = 'javascript:alert(1)';
		$page = dw_render_page( '[dialogue_event name="A"]' );
		check( 'a bad stored address falls back to the bundled copy', 0 === strpos( dw_script_src( dw_script_tags( $page['footer'] )[0] ?? '' ), $bundled_src ), $page['footer'] );
		unset( $GLOBALS['dw_test_options'][ DIALOGUE_WIDGETS_OPTION ] );

		ob_start();
		dialogue_widgets_render_script_url_field();
		$field = ob_get_clean();
		check( 'the field is a URL input bound to the option', false !== strpos( $field, 'type="url"' ) && false !== strpos( $field, 'name="dialogue_widgets_script_url"' ), $field );
	}
);

section(
	'block',
	static function () {
		$registry = WP_Block_Type_Registry::get_instance();
		check( 'dialogue-widgets/event is registered from block.json', $registry->is_registered( 'dialogue-widgets/event' ) );
		$type = $registry->get_registered( 'dialogue-widgets/event' );
		check( 'it is dynamic (server-rendered)', $type && $type->is_dynamic() );
		$editor = $type ? ( $type->editor_script ?? '' ) : '';
		check( 'its editor script is registered with the editor\'s globals as dependencies', '' !== $editor && in_array( 'wp-blocks', wp_scripts()->registered[ $editor ]->deps ?? array(), true ), $editor );

		$page = dw_render_page(
			"<!-- wp:paragraph -->\n<p>Before</p>\n<!-- /wp:paragraph -->\n\n"
			. '<!-- wp:dialogue-widgets/event {"name":"Block \u0022event\u0022 <b>","timeZone":"Europe/Paris","start":"2025-07-06T16:00","registerUrl":"javascript:alert(1)","recordingUrl":"https://example.org/w?a=1\u0026b=2","canonical":true,"onclick":"alert(1)"} /-->'
			. "\n\n<!-- wp:dialogue-widgets/event {\"src\":\"https://example.org/e.json\"} /-->"
		);
		preg_match_all( '/<dialogue-event\b.*?<\/dialogue-event>/', $page['body'], $elements );
		check_same(
			'the block\'s element: camelCase mapped, values escaped, bad URL and unknown attribute dropped',
			'<dialogue-event name="Block &quot;event&quot; &lt;b&gt;" start="2025-07-06T16:00" time-zone="Europe/Paris" recording-url="https://example.org/w?a=1&#038;b=2">',
			preg_replace( '/^(<dialogue-event[^>]*>).*/', '$1', $elements[0][0] ?? $page['body'] )
		);
		check_same( 'two blocks, two elements', 2, count( $elements[0] ) );
		check( 'no <p> inside a block\'s element', ! preg_match( '/<dialogue-event[^>]*>\s*<\/?p/', $page['body'] ), $page['body'] );
		check( 'each element on one line', ! preg_match( '/<dialogue-event[^>]*>[^\n]*\n[^\n]*<\/dialogue-event>/', $page['body'] ), $page['body'] );
		check_same( 'blocks enqueue the library once', array( DIALOGUE_WIDGETS_HANDLE ), $page['queue'] );
		check_same( 'blocks: one module <script>', 1, count( dw_script_tags( $page['footer'] ) ) );
		check_same( 'the src block is the shortcode\'s element', '<dialogue-event src="https://example.org/e.json"></dialogue-event>', $elements[0][1] ?? '' );
		check( 'the block carries the <noscript> fallback too, escaped, the start in words and as an instant', false !== strpos( $page['body'], '<noscript><strong>Block &quot;event&quot; &lt;b&gt;</strong> &middot; <time datetime="2025-07-06T16:00:00+02:00">July 6, 2025 4:00 pm</time> (Europe/Paris)</noscript>' ), $page['body'] );
	}
);

require __DIR__ . '/test-publishing.php';
require __DIR__ . '/test-script-route.php';
require __DIR__ . '/test-series.php';

section(
	'WordPress 6.5+ script modules (separate process)',
	static function () {
		$command = escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __DIR__ . '/test-script-modules.php' ) . ' 2>&1';
		exec( $command, $lines, $status );
		$last = (string) end( $lines );
		foreach ( array_slice( $lines, 0, -1 ) as $line ) {
			echo "  $line\n";
		}
		if ( preg_match( '/^(\d+) passed, (\d+) failed$/', $last, $m ) ) {
			$GLOBALS['dw_passed'] += (int) $m[1];
			$GLOBALS['dw_failed'] += (int) $m[2];
			echo "  ($last)\n";
		} else {
			check( 'test-script-modules.php reports a total', false, implode( "\n", $lines ) );
		}
		check_same( 'test-script-modules.php exit status matches its result', isset( $m[2] ) && '0' === $m[2] ? 0 : 1, $status );
	}
);

finish();
