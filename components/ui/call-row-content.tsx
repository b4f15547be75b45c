import { formatCallStart, formatDuration } from '../../lib/domain/format-time';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import type { Call, CallTally, Side } from '../../lib/domain/model';
import { formatRoute } from '../../lib/domain/page-route';
import type { MessageId } from '../../lib/domain/i18n/translate';
import { VerdictChip } from './verdict-chip';
import './call-row.css';
import { useDateLocale, useT, type Translate } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-history';

const FIGURES: Readonly<Record<Side, MessageId>> = {
  them: 'ui.callRow.figures.them',
  me: 'ui.callRow.figures.me',
};

/** "They gave 3 · took 9": one side's points; adding the sides together would hide who took. */
function sideFigures(t: Translate, tally: CallTally, side: Side): string {
  return t(FIGURES[side], { gave: tally.give[side], took: tally.take[side] });
}

/**
 * One call in a list, from its stored tally: no moment is read to draw it. The title is the
 * link to the call, stretched over the whole row by CSS; the partner's name is a link of its
 * own above it (a link inside a link is not valid HTML, and a screen reader reads it as one).
 */
export function CallRowContent({
  call,
  partnerName,
  linkPartner = true,
}: {
  call: Call;
  partnerName?: string | undefined;
  /** False on the partner's own page, where the name would link to the page it is on. */
  linkPartner?: boolean;
}) {
  const t = useT();
  const dateLocale = useDateLocale();
  const { tally } = call;
  const openAsks = tally.openAsks.them + tally.openAsks.me;
  const openCommitments = tally.openCommitments.them + tally.openCommitments.me;
  const exchanged = tally.give.them + tally.give.me + tally.take.them + tally.take.me > 0;
  return (
    <>
      <a
        className="call-row-title call-row-link"
        href={formatRoute({ name: 'call', callId: call.id })}
      >
        {call.title}
      </a>
      <span className="call-row-meta">
        {formatCallStart(call.startedAt, 'medium', dateLocale)}
        {call.endedAt !== null
          ? ` · ${formatDuration(call.endedAt - call.startedAt)}`
          : t('ui.callRow.live')}
        {partnerName ? ' · ' : ''}
        {partnerName && call.partnerId && linkPartner ? (
          <a
            className="call-row-partner"
            href={formatRoute({ name: 'partner', partnerId: call.partnerId })}
          >
            {partnerName}
          </a>
        ) : (
          partnerName
        )}
        {call.platform !== 'other' ? ` · ${PLATFORM_LABELS[call.platform]}` : ''}
      </span>
      <span className="call-row-figures">
        {exchanged ? (
          <>
            <span className="side-figures">{sideFigures(t, tally, 'them')}</span>
            <span className="side-figures">{sideFigures(t, tally, 'me')}</span>
          </>
        ) : null}
        {openAsks > 0 ? (
          <span className="open-chip">{t('ui.callRow.openAsks', { count: openAsks })}</span>
        ) : null}
        {openCommitments > 0 ? (
          <span className="open-chip">
            {t('ui.callRow.openCommitments', { count: openCommitments })}
          </span>
        ) : null}
      </span>
      <VerdictChip verdict={tally.verdict} />
    </>
  );
}
