import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { MomentChanges } from '../../lib/db/moments-repository';
import { NOTE_MAX } from '../../lib/db/moments-repository';
import { formatOffset, parseOffset } from '../../lib/domain/format-time';
import { SIDE_LABELS, type Moment, type Side, type Weight } from '../../lib/domain/model';
import { parseQuoteText, quoteText } from '../../lib/domain/quotes/quote';
import { KindOptions } from '../ui/kind-options';

export interface MomentDraft {
  side: Side;
  kind: string;
  weight: Weight;
  time: string;
  note: string;
}

export function draftOf(
  m: Pick<Moment, 'side' | 'kind' | 'weight' | 'offsetMs' | 'note'>,
): MomentDraft {
  return {
    side: m.side,
    kind: m.kind,
    weight: m.weight,
    time: formatOffset(m.offsetMs),
    note: m.note,
  };
}

/** The changes a draft makes, or a message naming what is wrong with it. */
export function changesOf(draft: MomentDraft): (MomentChanges & { offsetMs: number }) | string {
  const offsetMs = parseOffset(draft.time);
  if (offsetMs === undefined)
    return `“${draft.time}” is not a time: write minutes:seconds, e.g. 12:30.`;
  return { side: draft.side, kind: draft.kind, weight: draft.weight, note: draft.note, offsetMs };
}

/** Fields of one moment: side, kind, weight, time and note. Shared by edit and add. */
export function MomentFields({
  draft,
  onChange,
  idPrefix,
}: {
  draft: MomentDraft;
  onChange: (draft: MomentDraft) => void;
  idPrefix: string;
}) {
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-side`}>Side</label>
          <select
            id={`${idPrefix}-side`}
            value={draft.side}
            onChange={(e) => onChange({ ...draft, side: e.target.value as Side })}
          >
            <option value="them">{SIDE_LABELS.them}</option>
            <option value="me">{SIDE_LABELS.me}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-kind`}>Kind</label>
          <select
            id={`${idPrefix}-kind`}
            value={draft.kind}
            onChange={(e) => onChange({ ...draft, kind: e.target.value })}
          >
            <KindOptions current={draft.kind} />
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-time`}>Time (min:sec)</label>
          <input
            id={`${idPrefix}-time`}
            value={draft.time}
            inputMode="numeric"
            onChange={(e) => onChange({ ...draft, time: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-weight`}>Weight</label>
          <select
            id={`${idPrefix}-weight`}
            value={draft.weight}
            onChange={(e) => onChange({ ...draft, weight: Number(e.target.value) as Weight })}
          >
            <option value={1}>1 — ordinary</option>
            <option value={2}>2 — notable</option>
            <option value={3}>3 — major</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>Note</label>
        <textarea
          id={`${idPrefix}-note`}
          rows={2}
          maxLength={NOTE_MAX}
          value={draft.note}
          onChange={(e) => onChange({ ...draft, note: e.target.value })}
        />
      </div>
    </>
  );
}

/** The quote's change, only when its text was edited: an untouched quote is not rewritten. */
function quoteChange(moment: Moment, text: string): Pick<MomentChanges, 'quote'> {
  if (text === quoteText(moment.quote)) return {};
  return { quote: parseQuoteText(text, moment.quote) };
}

/** The moment's quote as editable text, one "Speaker: words" line each; emptied, it goes. */
function QuoteField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Quote</label>
      <textarea
        id={id}
        rows={2}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className="hint">
        One line each, “Speaker: words”. Empty it to remove the quote.
      </span>
    </div>
  );
}

/** Inline editor for one timeline moment. */
export function MomentEditor({
  moment,
  onSave,
  onCancel,
  onDelete,
}: {
  moment: Moment;
  onSave: (changes: MomentChanges) => Promise<void>;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(moment));
  const [quote, setQuote] = useState(() => quoteText(moment.quote));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    // Escape from any of its fields cancels: the form only hears the keys its controls bubble
    // up (it takes no focus itself), so it has no interaction of its own to make accessible.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="moment-editor"
      aria-label="Edit moment"
      onSubmit={(e) => {
        e.preventDefault();
        const changes = changesOf(draft);
        if (typeof changes === 'string') setProblem(changes);
        else void onSave({ ...changes, ...quoteChange(moment, quote) });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <MomentFields draft={draft} onChange={setDraft} idPrefix={`edit-${moment.id}`} />
      {moment.quote || quote ? (
        <QuoteField id={`edit-${moment.id}-quote`} value={quote} onChange={setQuote} />
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary-button">
          Save
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger-button push-right" onClick={onDelete}>
          <Trash2 size={14} aria-hidden="true" /> Delete
        </button>
      </div>
    </form>
  );
}
