/**
 * dialogue-widgets: registers every element (each only if its tag is still free)
 * and exports the classes, the clock and the helpers.
 */
import './event/define.js';
import './series/define.js';

export * from './classes.js';
