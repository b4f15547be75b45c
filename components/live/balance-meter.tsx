import { AlertTriangle } from 'lucide-react';
import { memo } from 'react';
import {
  BALANCED_WITHIN,
  pointParams,
  type Flag,
  type Summary,
} from '../../lib/domain/reciprocity';
import type { MessageId } from '../../lib/domain/i18n/translate';
import { VerdictChip } from '../ui/verdict-chip';
import './balance-meter.css';
import { useT, useTranslateMessage } from '../app-context/i18n-context';
import { FlagQuotes } from '../ui/quotes/flag-quotes';
import type { Moment } from '../../lib/domain/model';

const SHOWN_FLAGS = 2;

/** Who is getting more out of the exchange: the verdict compares sides, so the words do too. */
function who({ balance, verdict }: Summary): MessageId {
  if (balance === 0) return 'live.meter.even';
  // A one-sided exchange is never "slightly" anything, however close the points.
  const slight = Math.abs(balance) <= BALANCED_WITHIN && !verdict.startsWith('one-sided');
  if (balance < 0) return slight ? 'live.meter.theySlightlyMore' : 'live.meter.theyMore';
  return slight ? 'live.meter.youSlightlyMore' : 'live.meter.youMore';
}

/**
 * The caption beside the verdict chip, only where it adds to it: a chip that already names who
 * gets more ("They got more", "One-sided: …") would only be said twice; "Balanced" and "Too
 * little data" are told which way the exchange leans. The meter's text always has the lead.
 */
function caption(summary: Summary): MessageId | undefined {
  const { verdict, balance } = summary;
  if (verdict === 'too-little-data' || (verdict === 'balanced' && balance !== 0)) {
    return who(summary);
  }
  return undefined;
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
  const t = useT();
  const tm = useTranslateMessage();
  return (
    <section className="live-card balance-meter" aria-label={t('live.meter.label')}>
      <div className="meter-row">
        <VerdictChip verdict={summary.verdict} />
        {lead ? <span className="meter-caption">{t(lead)}</span> : null}
      </div>
      <div
        className="meter"
        role="meter"
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={Number(summary.balance.toFixed(2))}
        aria-valuetext={t('live.meter.valueText', {
          who: t(who(summary)),
          explanation: tm(summary.explanationMessage),
        })}
        aria-label={t('live.meter.balance')}
      >
        <span className="meter-half meter-them" />
        <span className="meter-half meter-me" />
        <span className="meter-centre" aria-hidden="true" />
        <span className="meter-marker" style={{ left: `${position}%` }} aria-hidden="true" />
      </div>
      <div className="meter-scale" aria-hidden="true">
        <span>{t('live.meter.theyTake')}</span>
        <span>{t('live.meter.even.short')}</span>
        <span>{t('live.meter.youTake')}</span>
      </div>
      <p className="meter-numbers">
        {t('live.meter.numbers', pointParams(summary.give, summary.take))}
      </p>
      {recentFlags.length > 0 ? (
        <ul className="live-flags" aria-label={t('live.meter.flags')}>
          {recentFlags.map((flag) => (
            <li key={`${flag.side}:${flag.id}`}>
              <AlertTriangle size={12} aria-hidden="true" /> {tm(flag.text)}
              <FlagQuotes momentIds={flag.momentIds} moments={moments} limit={1} />
            </li>
          ))}
          {hidden > 0 ? (
            <li className="hint">{t('live.meter.moreFlags', { count: hidden })}</li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
});
