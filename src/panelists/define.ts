import { defineElement } from '../internal/define.js';
import { PANELIST_TAG, PANELISTS_TAG, PARTNER_TAG } from '../internal/tags.js';
import { DialoguePanelist } from './dialogue-panelist.js';
import { DialoguePanelists } from './dialogue-panelists.js';
import { DialoguePartner } from './dialogue-partner.js';

defineElement(PANELIST_TAG, DialoguePanelist);
defineElement(PARTNER_TAG, DialoguePartner);
defineElement(PANELISTS_TAG, DialoguePanelists);

export { DialoguePanelist, DialoguePanelists, DialoguePartner };
