import { ExternalLink, Keyboard } from 'lucide-react';
import { memo, useEffect, useRef, type RefObject } from 'react';
import { visibleKinds } from '../../lib/domain/catalogue';
import { TAG_COMMANDS } from '../../lib/domain/commands';
import { openShortcutSettings } from '../../lib/extension/shortcut-settings';
import { useCatalogue, useKindOf } from '../app-context/settings-context';
import { Kbd } from '../ui/kbd';
import { SIDE_LABELS } from '../../lib/domain/model';
import { useBoundShortcuts } from './use-bound-shortcuts';
import { isTyping } from './use-panel-keys';

/**
 * Escape closes the open sheet and gives the focus back to what had it when the sheet opened
 * (the summary clicked, or the button or note field where ? was pressed); when that is gone,
 * to the summary if the focus was inside the sheet. Escape in a field is the field's (the
 * quick note skips its note first), and a key another handler took is left alone.
 */
function useEscapeCloses(
  open: boolean,
  close: () => void,
  sheet: RefObject<HTMLDetailsElement | null>,
): void {
  const closing = useRef(close);
  closing.current = close;
  useEffect(() => {
    if (!open) return undefined;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    // Added when the sheet opens, so after the panel's own key listener: Escape for an armed
    // note (which that listener takes, marking it handled) skips the note, not the sheet.
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      const focusWasInside = sheet.current?.contains(document.activeElement) ?? false;
      closing.current();
      if (opener?.isConnected) opener.focus();
      else if (focusWasInside) sheet.current?.querySelector('summary')?.focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, sheet]);
}

/** Every key on one small card: learnable in a minute. Not re-rendered by tags. */
export const CheatSheet = memo(function CheatSheet({
  open,
  onToggle,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const kinds = visibleKinds(useCatalogue()).filter((k) => k.key);
  const kindOf = useKindOf();
  const global = useBoundShortcuts(open);
  const sheet = useRef<HTMLDetailsElement>(null);
  useEscapeCloses(open, () => onToggle(false), sheet);
  return (
    <details
      ref={sheet}
      className="cheat-sheet"
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <Keyboard size={14} aria-hidden="true" /> Keys <Kbd>?</Kbd>
      </summary>
      <p className="cheat-rule">
        Letter = <strong>Them</strong> · <Kbd>Shift</Kbd>+letter = <strong>Me</strong>
      </p>
      <ul className="cheat-keys">
        {kinds.map((k) => (
          <li key={k.id}>
            <Kbd>{k.key.toUpperCase()}</Kbd> {k.short}
          </li>
        ))}
        <li>
          <Kbd>X</Kbd> switch side
        </li>
        <li>
          <Kbd>Ctrl+Z</Kbd> undo
        </li>
        <li>
          <Kbd>Enter</Kbd> save note
        </li>
        <li>
          <Kbd>Esc</Kbd> skip note
        </li>
      </ul>
      <p className="cheat-rule">
        Keys still tag until you start a note; to begin one with a key letter, press{' '}
        <Kbd>Space</Kbd> first or click the note field.
      </p>
      <p className="cheat-heading">
        From the meeting tab{global.suggested ? ' (suggested keys)' : ''}
      </p>
      {global.shortcuts.length > 0 ? (
        <ul className="cheat-global">
          {global.shortcuts.map((c) => {
            // The user's name for the kind, as on the tag pad, not the manifest's default.
            const { side, kind } = TAG_COMMANDS[c.name];
            return (
              <li key={c.name}>
                <Kbd>{c.keys}</Kbd> {SIDE_LABELS[side]}: {kindOf(kind).label}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">No global shortcut is set.</p>
      )}
      <button type="button" className="link-button" onClick={() => void openShortcutSettings()}>
        Change or add shortcuts <ExternalLink size={12} aria-hidden="true" />
      </button>
    </details>
  );
});
