import { Keyboard } from 'lucide-react';
import { lazy, memo, Suspense, useEffect, useRef, type RefObject } from 'react';
import { Kbd } from '../ui/kbd';
import { isTyping } from './use-panel-keys';
import { useT } from '../app-context/i18n-context';

// The card's keys load when it is first opened: it starts closed, and the side panel's first
// load stays lean (its bundle budget).
const CheatSheetBody = lazy(() =>
  import('./cheat-sheet-body').then((m) => ({ default: m.CheatSheetBody })),
);

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
  const t = useT();
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
      {open ? (
        <Suspense fallback={null}>
          <CheatSheetBody />
        </Suspense>
      ) : null}
    </details>
  );
});
