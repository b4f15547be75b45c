import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLandFocusOnUnmount } from './focus-landing';
import './confirm-button.css';
import { useT } from '../app-context/i18n-context';

/**
 * A destructive button that asks once, inline, before it acts. Focus follows the question:
 * to Cancel when it is asked (the least destructive choice, so a second Enter or a held
 * key cannot destroy anything), back to the button after Cancel, Escape or the confirmed
 * action, and, when the action takes the button away with its row or page, to the newest
 * Undo (see focus-landing.ts). It is never dropped on <body>.
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
}: {
  children: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Set by a user's choice, so that the first render (asking === false) moves nothing.
  const moveFocus = useRef(false);
  useLandFocusOnUnmount(wrapper);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (asking ? cancel : trigger).current?.focus();
  }, [asking]);

  function ask(next: boolean) {
    moveFocus.current = true;
    setAsking(next);
  }
  function cancelOnEscape(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    // Only this question closes; a screen's own Escape handling is not also triggered.
    e.stopPropagation();
    ask(false);
  }

  return (
    <span ref={wrapper} className="confirm-button">
      {asking ? (
        <span className="confirm" role="group" aria-label={question}>
          <span>{question}</span>
          <button
            type="button"
            className="danger-button"
            onKeyDown={cancelOnEscape}
            onClick={() => {
              ask(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button
            ref={cancel}
            type="button"
            className="secondary-button"
            onKeyDown={cancelOnEscape}
            onClick={() => ask(false)}
          >
            {t('ui.cancel')}
          </button>
        </span>
      ) : (
        <button
          ref={trigger}
          type="button"
          className="secondary-button danger-text"
          onClick={() => ask(true)}
        >
          {children}
        </button>
      )}
    </span>
  );
}
