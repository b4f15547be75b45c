import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { reopenCall } from '../../lib/db/call-edits-repository';
import { explainWriteError } from '../../lib/db/errors';
import { latestMomentAt } from '../../lib/domain/call-end';
import { formatCallStart, formatDuration } from '../../lib/domain/format-time';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import type { Call, Moment, Partner } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { PageLink } from '../app-context/page-link';
import { ErrorBanner } from '../ui/error-banner';
import { CallDetailsForm } from './call-details-form';
import { CallEndForm } from './call-end-form';
import { useDateLocale, useT, type Translate } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

/** "Thursday, 3 December 2026 at 14:00 – 14:40 · 40 min": the end in sight, so a wrong one shows. */
function when(call: Call, t: Translate, locale: string | undefined): string {
  const start = formatCallStart(call.startedAt, 'full', locale);
  if (call.endedAt === null) return t('review.header.live', { start });
  const sameDay = new Date(call.startedAt).toDateString() === new Date(call.endedAt).toDateString();
  const end = formatCallStart(call.endedAt, sameDay ? 'time' : 'medium', locale);
  return `${start} – ${end} · ${formatDuration(call.endedAt - call.startedAt)}`;
}

/** The call's title, when and with whom, and the edits of those: details, end time, reopen. */
export function CallHeader({
  call,
  partner,
  moments,
}: {
  call: Call;
  partner: Partner | null;
  moments: readonly Moment[];
}) {
  const db = useDatabase();
  const t = useT();
  const dateLocale = useDateLocale();
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <header className="call-header">
      <h1>{call.title}</h1>
      <p className="call-meta">
        {when(call, t, dateLocale)}
        {call.platform !== 'other' ? ` · ${PLATFORM_LABELS[call.platform]}` : ''}
        {partner ? (
          <>
            {t('review.header.with')}
            <PageLink route={{ name: 'partner', partnerId: partner.id }}>{partner.name}</PageLink>
          </>
        ) : null}
      </p>
      <CallDetailsForm call={call} partner={partner} />
      <div className="call-header-actions">
        <CallEndForm call={call} lastMomentAt={latestMomentAt(call.startedAt, moments)} />
        {call.endedAt !== null ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void reopenCall(db, call.id).catch(
                (e: unknown) => void explainWriteError(e).then(setActionError),
              )
            }
          >
            <RotateCcw size={14} aria-hidden="true" /> {t('review.header.reopen')}
          </button>
        ) : null}
      </div>
      {actionError ? (
        <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />
      ) : null}
    </header>
  );
}
