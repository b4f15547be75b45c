import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { MomentChanges } from '../../lib/db/moments-repository';
import { NOTE_MAX } from '../../lib/db/moments-repository';
import { formatOffset, parseOffset } from '../../lib/domain/format-time';
import type { Moment, Side, Weight } from '../../lib/domain/model';
import { parseQuoteText, quoteText } from '../../lib/domain/quotes/quote';
import { KindOptions } from '../ui/kind-options';
import { useT, type Translate } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

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
export function changesOf(
  draft: MomentDraft,
  t: Translate,
): (MomentChanges & { offsetMs: number }) | string {
  const offsetMs = parseOffset(draft.time);
  if (offsetMs === undefined) return t('review.moment.badTime', { time: draft.time });
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
  const t = useT();
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-side`}>{t('review.moment.side')}</label>
          <select
            id={`${idPrefix}-side`}
            value={draft.side}
            onChange={(e) => onChange({ ...draft, side: e.target.value as Side })}
          >
            <option value="them">{t('side.them')}</option>
            <option value="me">{t('side.me')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-kind`}>{t('review.moment.kind')}</label>
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
          <label htmlFor={`${idPrefix}-time`}>{t('review.moment.time')}</label>
          <input
            id={`${idPrefix}-time`}
            value={draft.time}
            inputMode="numeric"
            onChange={(e) => onChange({ ...draft, time: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-weight`}>{t('review.moment.weight')}</label>
          <select
            id={`${idPrefix}-weight`}
            value={draft.weight}
            onChange={(e) => onChange({ ...draft, weight: Number(e.target.value) as Weight })}
          >
            <option value={1}>{t('review.moment.weight1')}</option>
            <option value={2}>{t('review.moment.weight2')}</option>
            <option value={3}>{t('review.moment.weight3')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>{t('review.moment.note')}</label>
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
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('quotes.editor.label')}</label>
      <textarea
        id={id}
        rows={2}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className="hint">
        {t('quotes.editor.hint')}
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
  const t = useT();
  const [quote, setQuote] = useState(() => quoteText(moment.quote));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    // Escape from any of its fields cancels: the form only hears the keys its controls bubble
    // up (it takes no focus itself), so it has no interaction of its own to make accessible.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="moment-editor"
      aria-label={t('review.moment.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        const changes = changesOf(draft, t);
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
          {t('review.save')}
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
        <button type="button" className="danger-button push-right" onClick={onDelete}>
          <Trash2 size={14} aria-hidden="true" /> {t('review.moment.delete')}
        </button>
      </div>
    </form>
  );
}
