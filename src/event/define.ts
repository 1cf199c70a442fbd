import { defineElement } from '../internal/define.js';
import { EVENT_TAG } from '../internal/tags.js';
import { DialogueEvent } from './dialogue-event.js';
import '../countdown/define.js';
import '../panelists/define.js';
import '../register/define.js';

defineElement(EVENT_TAG, DialogueEvent);

export { DialogueEvent };
