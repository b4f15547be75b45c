import { Play, ScreenShare } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { startCall } from '../../lib/db/calls-repository';
import { explainWriteError } from '../../lib/db/errors';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import type { Platform } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { PartnerNameInput } from '../ui/partner-name-input';
import { EMPTY_PREP, PrepFields } from '../ui/prep-fields';
import { useMeetingTab } from './use-meeting-tab';

function PlatformField({
  platform,
  onChange,
}: {
  platform: Platform;
  onChange: (platform: Platform) => void;
}) {
  return (
    <div className="field">
      <label htmlFor="call-platform">Platform</label>
      <select
        id="call-platform"
        value={platform}
        onChange={(e) => onChange(e.target.value as Platform)}
      >
        {Object.entries(PLATFORM_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One click to start; title, partner and platform are optional and pre-filled when we can. */
export function StartCallForm() {
  const db = useDatabase();
  const [title, setTitle] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const [platform, setPlatform] = useState<Platform>('other');
  const [url, setUrl] = useState<string | undefined>();
  const [prep, setPrep] = useState(EMPTY_PREP);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const titleTouched = useRef(false);

  const { message, fillFromMeetingTab } = useMeetingTab((info) => {
    setPlatform(info.platform);
    setUrl(info.url);
    if (!titleTouched.current && info.title) setTitle(info.title);
  });

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setStarting(true);
    setError(null);
    try {
      await startCall(db, {
        title,
        partnerName,
        platform,
        prep,
        ...(url ? { url } : {}),
      });
    } catch (e) {
      setError(await explainWriteError(e));
      setStarting(false);
    }
  }

  return (
    <form className="start-form" onSubmit={(e) => void submit(e)} aria-label="Start a call">
      <button type="submit" className="primary-button start-button" disabled={starting}>
        <Play size={18} aria-hidden="true" /> {starting ? 'Starting…' : 'Start call'}
      </button>
      {error ? <ErrorBanner message={error} /> : null}
      <div className="field">
        <label htmlFor="call-title">Title (optional)</label>
        <input
          id="call-title"
          type="text"
          value={title}
          maxLength={200}
          placeholder="e.g. Intro with Acme partnerships"
          onChange={(e) => {
            titleTouched.current = true;
            setTitle(e.target.value);
          }}
        />
      </div>
      <PartnerNameInput
        id="call-partner"
        label="Partner (optional)"
        value={partnerName}
        onChange={setPartnerName}
      />
      <div className="field-row">
        <PlatformField platform={platform} onChange={setPlatform} />
        <button
          type="button"
          className="secondary-button"
          onClick={() => void fillFromMeetingTab()}
        >
          <ScreenShare size={14} aria-hidden="true" /> Fill from meeting tab
        </button>
      </div>
      {message ? (
        <p className="hint" role="status">
          {message}
        </p>
      ) : null}
      <details className="prep-details">
        <summary>Prepare (optional): your goal, what you bring, what you need</summary>
        <PrepFields prep={prep} onChange={setPrep} idPrefix="start-prep" />
      </details>
    </form>
  );
}
