import { formatDate, formatDuration } from '../../lib/domain/format-time';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import type { Call } from '../../lib/domain/model';
import { VerdictChip } from '../ui/verdict-chip';

const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One call in a list, from its stored tally: no moment is read to draw it. */
export function CallRowContent({ call, partnerName }: { call: Call; partnerName?: string }) {
  const { tally } = call;
  const openAsks = tally.openAsks.them + tally.openAsks.me;
  const openCommitments = tally.openCommitments.them + tally.openCommitments.me;
  const takes = tally.take.them + tally.take.me;
  const gives = tally.give.them + tally.give.me;
  return (
    <>
      <span className="call-row-title">{call.title}</span>
      <span className="call-row-meta">
        {formatDate(dateFormat, call.startedAt)}
        {call.endedAt !== null ? ` · ${formatDuration(call.endedAt - call.startedAt)}` : ' · live'}
        {partnerName ? ` · ${partnerName}` : ''}
        {call.platform !== 'other' ? ` · ${PLATFORM_LABELS[call.platform]}` : ''}
      </span>
      <span className="call-row-figures">
        {gives + takes > 0
          ? `${plural(gives, 'give', 'gives')} · ${plural(takes, 'take', 'takes')}`
          : ''}
        {openAsks > 0 ? (
          <span className="open-chip">{plural(openAsks, 'open ask', 'open asks')}</span>
        ) : null}
        {openCommitments > 0 ? (
          <span className="open-chip">
            {plural(openCommitments, 'open commitment', 'open commitments')}
          </span>
        ) : null}
      </span>
      <VerdictChip verdict={tally.verdict} />
    </>
  );
}
