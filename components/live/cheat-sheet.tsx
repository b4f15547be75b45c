import { ExternalLink, Keyboard } from 'lucide-react';
import { memo } from 'react';
import { visibleKinds } from '../../lib/domain/catalogue';
import { openShortcutSettings } from '../../lib/extension/shortcut-settings';
import { useCatalogue } from '../shell/settings-context';
import { Kbd } from '../ui/kbd';
import { useBoundShortcuts } from './use-bound-shortcuts';

/** Every key on one small card: learnable in a minute. Not re-rendered by tags. */
export const CheatSheet = memo(function CheatSheet({
  open,
  onToggle,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const kinds = visibleKinds(useCatalogue()).filter((k) => k.key);
  const global = useBoundShortcuts(open);
  return (
    <details
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
          {global.shortcuts.map((c) => (
            <li key={c.name}>
              <Kbd>{c.keys}</Kbd> {c.description.replace(/^Tag /, '')}
            </li>
          ))}
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
