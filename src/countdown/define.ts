import { defineElement } from '../internal/define.js';
import { DialogueCountdown } from './dialogue-countdown.js';

defineElement('dialogue-countdown', DialogueCountdown);

export { DialogueCountdown };
