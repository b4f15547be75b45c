import { addEnglish } from './translate';

/**
 * The English messages of the live screen's key card (components/live/cheat-sheet-body.tsx):
 * loaded when the card is first opened, not with the side panel. A file that uses one
 * imports this module (tests/unit/domain/i18n/catalogue.test.ts checks).
 */
export const enKeys = {
  'live.keys.rule.letter': 'Letter =',
  'live.keys.rule.shift': '+letter =',
  'live.keys.switchSide': 'switch side',
  'live.keys.undo': 'undo',
  'live.keys.saveNote': 'save note',
  'live.keys.skipNote': 'skip note',
  'live.keys.noteRule':
    'Keys still tag until you start a note; to begin one with a key letter, press {space} first or click the note field.',
  'live.keys.global': 'From the meeting tab',
  'live.keys.global.suggested': 'From the meeting tab (suggested keys)',
  'live.keys.noGlobal': 'No global shortcut is set.',
  'live.keys.change': 'Change or add shortcuts',
} as const;

addEnglish(enKeys);
