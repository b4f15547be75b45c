import { CalendarPlus, Download } from 'lucide-react';
import { useState } from 'react';
import { openCommitmentsOfCalls } from '../../lib/db/partner-query';
import { callsToCsv } from '../../lib/domain/export/calls-csv';
import { exportFileName } from '../../lib/domain/export/export-file-name';
import type { Call, Partner } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { downloadFile } from '../ui/download-file';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The partner's ledger as CSV (one row per call, newest first) and their calls' open
 * commitments with a due date as calendar events (.ics, its code loaded on the click).
 */
export function PartnerExports({ partner, calls }: { partner: Partner; calls: readonly Call[] }) {
  const db = useDatabase();
  const [status, setStatus] = useState<string | null>(null);
  // "2026-12-04-acme-robotics-calls.csv": today's date, then whose and what.
  const fileName = (what: string, ext: 'csv' | 'ics') =>
    exportFileName({ title: `${partner.name} ${what}`, startedAt: Date.now() }, ext, timeZone);

  function downloadLedger(): void {
    const newestFirst = [...calls].reverse();
    downloadFile(
      fileName('calls', 'csv'),
      callsToCsv(newestFirst, () => partner.name),
      'text/csv',
    );
  }
  async function downloadCommitments(): Promise<void> {
    setStatus(null);
    try {
      const items = await openCommitmentsOfCalls(db, calls, partner);
      if (items.length === 0) {
        setStatus(`No open commitment with ${partner.name} has a due date.`);
        return;
      }
      const { commitmentsToIcs } = await import('../../lib/domain/export/commitments-ics');
      const callsPageUrl = new URL('/calls.html', window.location.href).href;
      downloadFile(
        fileName('commitments', 'ics'),
        commitmentsToIcs(items, { timeZone, callsPageUrl }),
        'text/calendar',
      );
    } catch (e) {
      setStatus(
        `Could not make the calendar file (${e instanceof Error ? e.message : String(e)}).`,
      );
    }
  }

  return (
    <div className="form-actions partner-exports">
      <button type="button" className="secondary-button" onClick={downloadLedger}>
        <Download size={14} aria-hidden="true" /> Download calls (CSV)
      </button>
      <button type="button" className="secondary-button" onClick={() => void downloadCommitments()}>
        <CalendarPlus size={14} aria-hidden="true" /> Open commitments to calendar (.ics)
      </button>
      {status ? (
        <p className="hint" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
