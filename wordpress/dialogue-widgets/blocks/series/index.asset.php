<?php return array( 'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'dialogue-widgets-editor-library' ), 'version' => '0.1.0' );
