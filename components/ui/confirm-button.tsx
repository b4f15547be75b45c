import { useState, type ReactNode } from 'react';

/** A destructive button that asks once, inline, before it acts. */
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
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="secondary-button danger-text"
        onClick={() => setAsking(true)}
      >
        {children}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="danger-button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary-button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
