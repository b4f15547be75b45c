import { AlertTriangle } from 'lucide-react';
import { memo } from 'react';
import {
  BALANCED_WITHIN,
  formatPoints,
  type Flag,
  type Summary,
} from '../../lib/domain/reciprocity';
import { VerdictChip } from '../ui/verdict-chip';
import { FlagQuotes } from '../ui/quotes/flag-quotes';
import type { Moment } from '../../lib/domain/model';

const SHOWN_FLAGS = 2;

/** Who is getting more out of the exchange: the verdict compares sides, so the words do too. */
function who({ balance, verdict }: Summary): string {
  if (balance === 0) return 'Even so far';
  const side = balance < 0 ? 'They are' : 'You are';
  // A one-sided exchange is never "slightly" anything, however close the points.
  const slight = Math.abs(balance) <= BALANCED_WITHIN && !verdict.startsWith('one-sided');
  return slight ? `${side} getting slightly more` : `${side} getting more`;
}

/**
 * The caption beside the verdict chip, only where it adds to it: a chip that already names who
 * gets more ("They got more", "One-sided: …") would only be said twice; "Balanced" and "Too
 * little data" are told which way the exchange leans. The meter's text always has the lead.
 */
function caption(summary: Summary): string | undefined {
  const { verdict, balance } = summary;
  if (verdict === 'too-little-data' || (verdict === 'balanced' && balance !== 0)) {
    return who(summary);
  }
  return undefined;
}

function moreFlags(hidden: number): string {
  return `+${hidden} more red ${hidden === 1 ? 'flag' : 'flags'} — all are listed on the call’s page`;
}

/** Who is ahead and by how much, glanceable in a narrow panel; moves with every moment. */
const NO_MOMENTS: readonly Moment[] = [];

export const BalanceMeter = memo(function BalanceMeter({
  summary,
  flags,
  moments = NO_MOMENTS,
}: {
  summary: Summary;
  /** The flags to show live, newest first (see liveFlags). */
  flags: readonly Flag[];
  /** The call's moments: each flag shows the newest quote among its evidence. */
  moments?: readonly Moment[];
}) {
  // balance −1 (they took everything) sits at the left edge, +1 at the right.
  const position = ((summary.balance + 1) / 2) * 100;
  const recentFlags = flags.slice(0, SHOWN_FLAGS);
  const hidden = flags.length - recentFlags.length;
  const lead = caption(summary);
  return (
    <section className="balance-meter" aria-label="Reciprocity so far">
      <div className="meter-row">
        <VerdictChip verdict={summary.verdict} />
        {lead ? <span className="meter-caption">{lead}</span> : null}
      </div>
      <div
        className="meter"
        role="meter"
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={Number(summary.balance.toFixed(2))}
        aria-valuetext={`${who(summary)}. ${summary.explanation}`}
        aria-label="Balance"
      >
        <span className="meter-half meter-them" />
        <span className="meter-half meter-me" />
        <span className="meter-centre" aria-hidden="true" />
        <span className="meter-marker" style={{ left: `${position}%` }} aria-hidden="true" />
      </div>
      <div className="meter-scale" aria-hidden="true">
        <span>They take</span>
        <span>Even</span>
        <span>You take</span>
      </div>
      <p className="meter-numbers">
        They gave {formatPoints(summary.give.them)} · took {formatPoints(summary.take.them)} — You
        gave {formatPoints(summary.give.me)} · took {formatPoints(summary.take.me)}
      </p>
      {recentFlags.length > 0 ? (
        <ul className="live-flags" aria-label="Red flags so far">
          {recentFlags.map((flag) => (
            <li key={`${flag.side}:${flag.id}`}>
              <AlertTriangle size={12} aria-hidden="true" /> {flag.message}
              <FlagQuotes momentIds={flag.momentIds} moments={moments} limit={1} />
            </li>
          ))}
          {hidden > 0 ? <li className="hint">{moreFlags(hidden)}</li> : null}
        </ul>
      ) : null}
    </section>
  );
});
