import { defineElement } from '../internal/define.js';
import { DialogueSeries } from './dialogue-series.js';
// The featured card is a <dialogue-event>, and so are the children a series reads.
import '../event/define.js';

defineElement('dialogue-series', DialogueSeries);

export { DialogueSeries };
