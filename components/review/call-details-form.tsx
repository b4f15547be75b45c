import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { CALL_NOTES_MAX, updateCall } from '../../lib/db/call-edits-repository';
import { explainWriteError } from '../../lib/db/errors';
import type { Call, Partner } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { PartnerNameInput } from '../ui/partner-name-input';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

/** Title, partner and notes of a call, edited together and saved in one action. */
export function CallDetailsForm({ call, partner }: { call: Call; partner: Partner | null }) {
  const [editing, setEditing] = useState(false);
  const t = useT();
  return editing ? (
    <CallDetailsEditor call={call} partner={partner} onClose={() => setEditing(false)} />
  ) : (
    <div className="call-details">
      {call.notes ? <p className="call-notes">{call.notes}</p> : null}
      <button type="button" className="small-button" onClick={() => setEditing(true)}>
        <Pencil size={14} aria-hidden="true" /> {t('review.details.edit')}
      </button>
    </div>
  );
}

/** The form, filled from the call as it is when Edit is pressed. */
function CallDetailsEditor({
  call,
  partner,
  onClose,
}: {
  call: Call;
  partner: Partner | null;
  onClose: () => void;
}) {
  const db = useDatabase();
  const t = useT();
  const [title, setTitle] = useState(call.title);
  const [partnerName, setPartnerName] = useState(partner?.name ?? '');
  const [notes, setNotes] = useState(call.notes);
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    try {
      await updateCall(db, call.id, { title, partnerName, notes });
      onClose();
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }

  return (
    <form
      className="call-details-form"
      aria-label={t('review.details.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {error ? <ErrorBanner message={error} /> : null}
      <div className="field">
        <label htmlFor="edit-title">{t('review.details.title')}</label>
        <input
          id="edit-title"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <PartnerNameInput
        id="edit-partner"
        label={t('review.details.partner')}
        value={partnerName}
        placeholder={t('review.details.partner.placeholder')}
        onChange={setPartnerName}
      />
      <div className="field">
        <label htmlFor="edit-notes">{t('review.details.notes')}</label>
        <textarea
          id="edit-notes"
          rows={4}
          value={notes}
          maxLength={CALL_NOTES_MAX}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary-button">
          {t('review.save')}
        </button>
        <button type="button" className="secondary-button" onClick={onClose}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
