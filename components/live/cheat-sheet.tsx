import { ExternalLink, Keyboard } from 'lucide-react';
import { memo, useEffect, useRef, type RefObject } from 'react';
import { visibleKinds } from '../../lib/domain/catalogue';
import { TAG_COMMANDS } from '../../lib/domain/commands';
import { openShortcutSettings } from '../../lib/extension/shortcut-settings';
import { useCatalogue, useKindOf } from '../app-context/settings-context';
import { Kbd } from '../ui/kbd';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { useBoundShortcuts } from './use-bound-shortcuts';
import { isTyping } from './use-panel-keys';
import { useT } from '../app-context/i18n-context';

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

const SPACE_MARK = '\u0000';

/** The sentence with the Space key drawn as a key where the message puts it. */
function withSpaceKey(text: string) {
  const [before, after] = text.split(SPACE_MARK);
  return (
    <>
      {before}
      <Kbd>Space</Kbd>
      {after}
    </>
  );
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
  const t = useT();
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
        <Keyboard size={14} aria-hidden="true" /> {t('live.keys.summary')} <Kbd>?</Kbd>
      </summary>
      <p className="cheat-rule">
        {t('live.keys.rule.letter')} <strong>{t('side.them')}</strong> · <Kbd>Shift</Kbd>
        {t('live.keys.rule.shift')} <strong>{t('side.me')}</strong>
      </p>
      <ul className="cheat-keys">
        {kinds.map((k) => (
          <li key={k.id}>
            <Kbd>{k.key.toUpperCase()}</Kbd> {k.short}
          </li>
        ))}
        <li>
          <Kbd>X</Kbd> {t('live.keys.switchSide')}
        </li>
        <li>
          <Kbd>Ctrl+Z</Kbd> {t('live.keys.undo')}
        </li>
        <li>
          <Kbd>Enter</Kbd> {t('live.keys.saveNote')}
        </li>
        <li>
          <Kbd>Esc</Kbd> {t('live.keys.skipNote')}
        </li>
      </ul>
      <p className="cheat-rule">{withSpaceKey(t('live.keys.noteRule', { space: SPACE_MARK }))}</p>
      <p className="cheat-heading">
        {t(global.suggested ? 'live.keys.global.suggested' : 'live.keys.global')}
      </p>
      {global.shortcuts.length > 0 ? (
        <ul className="cheat-global">
          {global.shortcuts.map((c) => {
            // The user's name for the kind, as on the tag pad, not the manifest's default.
            const { side, kind } = TAG_COMMANDS[c.name];
            return (
              <li key={c.name}>
                <Kbd>{c.keys}</Kbd> {t(SIDE_LABEL_IDS[side])}: {kindOf(kind).label}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">{t('live.keys.noGlobal')}</p>
      )}
      <button type="button" className="link-button" onClick={() => void openShortcutSettings()}>
        {t('live.keys.change')} <ExternalLink size={12} aria-hidden="true" />
      </button>
    </details>
  );
});
