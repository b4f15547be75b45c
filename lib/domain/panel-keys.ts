import { DEFAULT_KINDS } from './moment-kinds';
import type { Side } from './model';

export type PanelAction =
  | { type: 'tag'; side: Side; kind: string }
  | { type: 'undo' }
  | { type: 'switch-side' }
  | { type: 'toggle-help' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const DEFAULT_KEY_MAP: ReadonlyMap<string, string> = new Map(
  DEFAULT_KINDS.map((k) => [k.key, k.id]),
);

/**
 * The side panel's own keys: a letter tags the other side, Shift+letter tags me.
 * Layout-aware (uses `key`, not `code`) so the mnemonic letters hold on any keyboard.
 */
export function panelActionFor(
  press: KeyPress,
  keyMap: ReadonlyMap<string, string> = DEFAULT_KEY_MAP,
): PanelAction | undefined {
  const key = press.key.toLowerCase();
  if ((press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey && key === 'z') {
    return { type: 'undo' };
  }
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.key === '?') return { type: 'toggle-help' };
  if (key === 'x' && !press.shiftKey) return { type: 'switch-side' };
  const kind = keyMap.get(key);
  return kind ? { type: 'tag', side: press.shiftKey ? 'me' : 'them', kind } : undefined;
}

/** What the quick note holds when a key is pressed in it (or before its field has the focus). */
export interface NoteState {
  /** The user has started the note: typed a key that is not a panel key, clicked or tabbed in. */
  writing: boolean;
  empty: boolean;
}

/**
 * The panel action a key pressed in the quick note stands for, or undefined when the key is
 * the note's. The note field opens, focused, after every tag, yet the screen advertises its
 * keys (a letter tags, X switches the side, Ctrl/Cmd+Z undoes, ? shows the keys): until the
 * user starts the note, those keys stay the panel's, so tagging "a a p x" at speed makes three
 * tags and switches the last one, and never types "ap x" into a note. Any other key starts
 * the note, and from then on every letter is text. A note that begins with a panel letter is
 * started with a click or Tab into the field, or a Space first (the note is trimmed when saved).
 * Ctrl/Cmd+Z in a started but still empty note has nothing of its own to undo: it undoes the tag.
 */
export function panelActionInNote(
  press: KeyPress,
  note: NoteState,
  keyMap: ReadonlyMap<string, string> = DEFAULT_KEY_MAP,
): PanelAction | undefined {
  const action = panelActionFor(press, keyMap);
  if (!action || !note.writing) return action;
  return note.empty && action.type === 'undo' ? action : undefined;
}
