import { Play, ScreenShare } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { startCall } from '../../lib/db/calls-repository';
import { explainWriteError } from '../../lib/db/errors';
import { detectPlatform, PLATFORM_LABELS, titleFromTab } from '../../lib/domain/meeting-tab';
import type { Platform } from '../../lib/domain/model';
import {
  hasMeetingAccess,
  readActiveTab,
  requestMeetingAccess,
} from '../../lib/extension/meeting-tab-access';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { PartnerNameInput } from '../ui/partner-name-input';
import { EMPTY_PREP, PrepFields } from '../ui/prep-fields';

interface MeetingInfo {
  platform: Platform;
  url?: string;
  title: string;
}

async function readMeetingTab(): Promise<MeetingInfo | undefined> {
  const tab = await readActiveTab();
  const platform = detectPlatform(tab?.url);
  if (!tab?.url || platform === 'other') return undefined;
  return { platform, url: tab.url, title: titleFromTab(tab.title) };
}

/** One click to start; title, partner and platform are optional and pre-filled when we can. */
export function StartCallForm() {
  const db = useDatabase();
  const [title, setTitle] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const [platform, setPlatform] = useState<Platform>('other');
  const [url, setUrl] = useState<string | undefined>();
  const [prep, setPrep] = useState(EMPTY_PREP);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const titleTouched = useRef(false);

  function apply(info: MeetingInfo): void {
    setPlatform(info.platform);
    setUrl(info.url);
    if (!titleTouched.current && info.title) setTitle(info.title);
    setMessage(`Using your ${PLATFORM_LABELS[info.platform]} tab.`);
  }

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (!(await hasMeetingAccess())) return;
      const info = await readMeetingTab().catch(() => undefined);
      if (info && !cancelled) apply(info);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  async function fillFromMeetingTab(): Promise<void> {
    setMessage(null);
    try {
      const granted = await requestMeetingAccess();
      if (!granted) {
        setMessage('No problem — type a title instead. Everything else works the same.');
        return;
      }
      const info = await readMeetingTab();
      if (info) apply(info);
      else
        setMessage(
          'The active tab is not a Meet, Zoom, Teams or Webex call. Type a title instead.',
        );
    } catch (e) {
      setMessage(`Could not read the meeting tab (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

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
        <div className="field">
          <label htmlFor="call-platform">Platform</label>
          <select
            id="call-platform"
            value={platform}
            onChange={(e) => setPlatform(e.target.value as Platform)}
          >
            {Object.entries(PLATFORM_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
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
