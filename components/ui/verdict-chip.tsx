import type { Verdict } from '../../lib/domain/model';
import './verdict-chip.css';
import { VERDICT_LABEL_IDS } from '../../lib/domain/verdict-labels';
import { useT } from '../app-context/i18n-context';

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return <span className={`verdict-chip verdict-${verdict}`}>{t(VERDICT_LABEL_IDS[verdict])}</span>;
}
