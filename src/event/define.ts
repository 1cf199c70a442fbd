import { defineElement } from '../internal/define.js';
import { DialogueEvent } from './dialogue-event.js';
import '../countdown/define.js';
import '../panelists/define.js';
import '../register/define.js';

defineElement('dialogue-event', DialogueEvent);

export { DialogueEvent };
