import { Download } from 'lucide-react';
import { useState } from 'react';
import { callsByIds } from '../../lib/db/history-query';
import { callsToCsv } from '../../lib/domain/export/calls-csv';
import { useDatabase } from '../app-context/database-context';
import { downloadFile } from '../ui/download-file';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-history';

/**
 * The calls History shows, in its order, as CSV for a spreadsheet or CRM: one row per call
 * from its stored tally, so even tens of thousands of calls read no moment.
 */
export function ExportCallsButton({
  ids,
  partnerNames,
}: {
  ids: readonly string[];
  partnerNames: ReadonlyMap<string, string>;
}) {
  const db = useDatabase();
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  async function download(): Promise<void> {
    setProblem(null);
    try {
      const calls = await callsByIds(db, ids);
      const day = new Date().toISOString().slice(0, 10);
      downloadFile(
        `reciprocity-calls-${day}.csv`,
        callsToCsv(calls, (id) => partnerNames.get(id)),
        'text/csv',
      );
    } catch (e) {
      setProblem(
        t('history.export.failed', { reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  }
  return (
    <>
      <button
        type="button"
        className="secondary-button"
        disabled={ids.length === 0}
        onClick={() => void download()}
      >
        <Download size={14} aria-hidden="true" /> {t('history.export.button')}
      </button>
      {problem ? (
        <p className="hint" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
