<?php
/**
 * Rewrites the generated regions of demo/wordpress.html from demo/wordpress-post.txt (see
 * demo-page.php). Run through `bash wordpress/tests/run.sh --write-demo`.
 *
 * @package DialogueWidgets
 */

require __DIR__ . '/bootstrap.php';
require __DIR__ . '/lib.php';
require __DIR__ . '/helpers.php';
require __DIR__ . '/demo-page.php';

dw_load_plugin();

$page_path = dw_demo_dir() . '/wordpress.html';
$rebuilt   = dw_demo_page_rebuilt( file_get_contents( $page_path ), file_get_contents( dw_demo_dir() . '/wordpress-post.txt' ) );
if ( null === $rebuilt ) {
	fwrite( STDERR, "write-demo: $page_path lacks the region markers\n" );
	exit( 1 );
}
file_put_contents( $page_path, $rebuilt );
echo "write-demo: wrote $page_path\n";
