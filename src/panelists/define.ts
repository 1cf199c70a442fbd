import { defineElement } from '../internal/define.js';
import { DialoguePanelist } from './dialogue-panelist.js';
import { DialoguePanelists } from './dialogue-panelists.js';
import { DialoguePartner } from './dialogue-partner.js';

defineElement('dialogue-panelist', DialoguePanelist);
defineElement('dialogue-partner', DialoguePartner);
defineElement('dialogue-panelists', DialoguePanelists);

export { DialoguePanelist, DialoguePanelists, DialoguePartner };
