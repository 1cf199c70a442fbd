import { defineElement } from '../internal/define.js';
import { DialogueRegister } from './dialogue-register.js';

defineElement('dialogue-register', DialogueRegister);

export { DialogueRegister };
