import { defineElement } from '../internal/define.js';
import { REGISTER_TAG } from '../internal/tags.js';
import { DialogueRegister } from './dialogue-register.js';

defineElement(REGISTER_TAG, DialogueRegister);

export { DialogueRegister };
