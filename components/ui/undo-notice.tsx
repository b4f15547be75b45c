import { Undo2, X } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { OfferedUndo } from '../../lib/store/undo-slice';
import { useStore } from '../../lib/store/store';
import { FOCUS_LANDING, useLandFocusOnUnmount } from './focus-landing';
import './undo-notice.css';
import { useT } from '../app-context/i18n-context';

/** How long a deletion can be taken back before the notice goes (while nobody is on it). */
export const UNDO_WINDOW_MS = 15_000;

/**
 * The undo windows after deletions and merges, one notice each, newest last: a second
 * deletion adds its own notice instead of taking the first one's Undo away. Every notice's
 * time stands still while the pointer is over the notices or focus is in them (WCAG 2.2.1),
 * and runs on from where it stopped when both leave.
 */
export function UndoNotice() {
  const { pending, dismiss } = useStore(
    useShallow((s) => ({ pending: s.pendingUndos, dismiss: s.dismissUndo })),
  );
  const t = useT();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // A notice removed under the pointer or with focus in it fires no leave or blur: with
  // none left, nothing is held, or the next notice would wait for a leave that never comes.
  if (pending.length === 0 && (hovered || focused)) {
    setHovered(false);
    setFocused(false);
  }
  const paused = hovered || focused;
  const leaveFocus = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
  };
  return (
    // Always in the page, so that a notice added to it is announced. A log: a polite live
    // region whose entries come in order and leave in time.
    <div
      className="undo-notices"
      role="log"
      aria-label={t('ui.undo.label')}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={leaveFocus}
    >
      {pending.map((entry) => (
        <UndoEntry key={entry.id} entry={entry} paused={paused} dismiss={dismiss} />
      ))}
    </div>
  );
}

/** Calls `expire` after `ms` of unpaused time; a pause keeps what was left of it. */
function useExpiry(ms: number, paused: boolean, expire: () => void): void {
  const left = useRef(ms);
  useEffect(() => {
    if (paused) return undefined;
    const started = Date.now();
    const timer = window.setTimeout(expire, left.current);
    return () => {
      window.clearTimeout(timer);
      left.current -= Date.now() - started;
    };
  }, [paused, expire]);
}

function UndoEntry({
  entry,
  paused,
  dismiss,
}: {
  entry: OfferedUndo;
  paused: boolean;
  dismiss: (id: number) => void;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const messageId = useId();
  const { id } = entry;
  const close = useCallback(() => dismiss(id), [dismiss, id]);
  useExpiry(UNDO_WINDOW_MS, paused, close);
  // Undo, Dismiss or the timer takes the notice away; focus on it moves to the next Undo.
  useLandFocusOnUnmount(root);

  function undo() {
    if (busy) return;
    setBusy(true);
    entry.undo().then(close, (e: unknown) => {
      setBusy(false);
      setError(t('ui.undo.failed', { reason: e instanceof Error ? e.message : String(e) }));
    });
  }

  return (
    <div ref={root} className="undo-notice">
      <span id={messageId} className="undo-notice-message">
        {error ?? entry.message}
      </span>
      <button
        type="button"
        className="undo-button"
        // Several notices each have an Undo: the description says which deletion it undoes.
        aria-describedby={messageId}
        onClick={undo}
        {...FOCUS_LANDING}
      >
        <Undo2 size={14} aria-hidden="true" /> {t('ui.undo.label')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('ui.undo.dismiss', { message: entry.message })}
        onClick={close}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
