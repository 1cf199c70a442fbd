<?php
/**
 * Plain assertions: one line per check, a total at the end.
 *
 * @package DialogueWidgets
 */

$GLOBALS['dw_passed'] = 0;
$GLOBALS['dw_failed'] = 0;

/**
 * Records one check.
 *
 * @param string $label  What is being shown.
 * @param bool   $ok     Whether it holds.
 * @param mixed  $detail Printed on failure.
 */
function check( $label, $ok, $detail = null ) {
	if ( $ok ) {
		$GLOBALS['dw_passed']++;
		echo "ok   - $label\n";
		return;
	}
	$GLOBALS['dw_failed']++;
	echo "FAIL - $label\n";
	if ( null !== $detail ) {
		echo '       ' . str_replace( "\n", "\n       ", is_string( $detail ) ? $detail : var_export( $detail, true ) ) . "\n";
	}
}

/**
 * Checks two values are identical.
 *
 * @param string $label    What is being shown.
 * @param mixed  $expected Wanted.
 * @param mixed  $actual   Got.
 */
function check_same( $label, $expected, $actual ) {
	check( $label, $expected === $actual, "expected: " . var_export( $expected, true ) . "\nactual:   " . var_export( $actual, true ) );
}

/**
 * Runs a section, turning any exception (and so any PHP warning, see bootstrap.php) into a failure.
 *
 * @param string   $title Section name.
 * @param callable $body  The checks.
 */
function section( $title, $body ) {
	echo "# $title\n";
	try {
		$body();
	} catch ( Throwable $e ) {
		check( "$title: runs without errors", false, get_class( $e ) . ': ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine() );
	}
}

/**
 * Prints the total and exits 1 on any failure.
 */
function finish() {
	printf( "%d passed, %d failed\n", $GLOBALS['dw_passed'], $GLOBALS['dw_failed'] );
	exit( $GLOBALS['dw_failed'] > 0 ? 1 : 0 );
}
