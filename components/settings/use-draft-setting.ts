import { useCallback, useEffect, useRef, useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';

/** How long typing pauses before a valid value is saved. */
export const SAVE_AFTER_MS = 400;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * A text field bound to one stored setting. What the user types is kept as a draft while
 * the field has focus (so a stored, normalised value never rewrites it mid-word), saved
 * once typing pauses and again on blur; an invalid draft shows its problem and is not
 * saved. A change from elsewhere (a reset, another window) shows when the field is idle.
 */
export function useDraftSetting<T>({
  stored,
  format,
  parse,
  save,
}: {
  stored: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  save: (value: T) => Promise<void>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(stored);
  if (!Object.is(seen, stored)) {
    setSeen(stored);
    if (!focused) setDraft(null);
  }

  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<T | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (pending.current === undefined) return;
    const value = pending.current;
    pending.current = undefined;
    saveRef.current(value).then(
      () => setError(null),
      (e: unknown) => void explainWriteError(e).then(setError),
    );
  }, []);

  // Leaving the page (or the panel) with a pending value still saves it.
  useEffect(() => flush, [flush]);

  const text = draft ?? format(stored);
  const parsed = parse(text);

  return {
    problem: parsed.ok ? null : parsed.problem,
    error,
    dismissError: () => setError(null),
    inputProps: {
      value: text,
      onFocus: () => setFocused(true),
      onBlur: () => {
        setFocused(false);
        flush();
      },
      onChange: (e: { target: { value: string } }) => {
        const next = e.target.value;
        setDraft(next);
        const result = parse(next);
        window.clearTimeout(timer.current);
        pending.current = undefined;
        if (!result.ok) return;
        pending.current = result.value;
        timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
      },
      onKeyDown: (e: { key: string }) => {
        if (e.key === 'Enter') flush();
      },
    },
  };
}
