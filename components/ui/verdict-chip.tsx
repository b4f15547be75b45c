import type { Verdict } from '../../lib/domain/model';
import { VERDICT_LABELS } from '../../lib/domain/verdict-labels';
import './verdict-chip.css';

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict-chip verdict-${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}
