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
