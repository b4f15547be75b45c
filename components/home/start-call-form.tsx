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
import { useT } from '../app-context/i18n-context';

function PlatformField({
  platform,
  onChange,
}: {
  platform: Platform;
  onChange: (platform: Platform) => void;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="call-platform">{t('home.start.platform')}</label>
      <select
        id="call-platform"
        value={platform}
        onChange={(e) => onChange(e.target.value as Platform)}
      >
        {Object.entries(PLATFORM_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {value === 'other' ? t('home.start.platform.other') : label}
          </option>
        ))}
      </select>
    </div>
  );
}

function TitleField({ title, onChange }: { title: string; onChange: (title: string) => void }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="call-title">{t('home.start.title')}</label>
      <input
        id="call-title"
        type="text"
        value={title}
        maxLength={200}
        placeholder={t('home.start.title.placeholder')}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** One click to start; title, partner and platform are optional and pre-filled when we can. */
export function StartCallForm() {
  const db = useDatabase();
  const t = useT();
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
    <form
      className="start-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('home.start.label')}
    >
      <button type="submit" className="primary-button start-button" disabled={starting}>
        <Play size={18} aria-hidden="true" />{' '}
        {starting ? t('home.start.starting') : t('home.start.button')}
      </button>
      {error ? <ErrorBanner message={error} /> : null}
      <TitleField
        title={title}
        onChange={(text) => {
          titleTouched.current = true;
          setTitle(text);
        }}
      />
      <PartnerNameInput
        id="call-partner"
        label={t('home.start.partner')}
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
          <ScreenShare size={14} aria-hidden="true" /> {t('home.start.fillFromTab')}
        </button>
      </div>
      {message ? (
        <p className="hint" role="status">
          {message}
        </p>
      ) : null}
      <details className="prep-details">
        <summary>{t('home.start.prepare')}</summary>
        <PrepFields prep={prep} onChange={setPrep} idPrefix="start-prep" />
      </details>
    </form>
  );
}
