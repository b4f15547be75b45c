import { useState, type Ref } from 'react';

/** A form's draft and a setter for one of its fields. */
export function useDraft<D extends object>(initial: D | (() => D)) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return { draft, setDraft, set };
}

/** Why the catalogue refused the change; the key field names it as its description. */
export function FormProblem({ id, problem }: { id: string; problem: string | null }) {
  return problem ? (
    <p id={id} className="field-error" role="alert">
      {problem}
    </p>
  ) : null;
}

/** A labelled text field with its maximum length. */
export function TextField({
  id,
  label,
  value,
  maxLength,
  onChange,
  inputRef,
  placeholder,
  focusOnOpen = false,
}: {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  /** For a field that opens in place of the button just pressed. */
  focusOnOpen?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        // An editor opens in place of the Edit button just pressed: focus follows into it
        // rather than falling to the page. Never on page load.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={focusOnOpen}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
