import { defineElement } from '../internal/define.js';
import { COUNTDOWN_TAG } from '../internal/tags.js';
import { DialogueCountdown } from './dialogue-countdown.js';

defineElement(COUNTDOWN_TAG, DialogueCountdown);

export { DialogueCountdown };
