import { Download } from 'lucide-react';
import { openCommitmentsOfCalls } from '../../lib/db/partner-list-query';
import { callsToCsv } from '../../lib/domain/export/calls-csv';
import { exportFileName } from '../../lib/domain/export/export-file-name';
import type { Call, Partner } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { CalendarButton } from '../ui/calendar-button';
import { downloadFile } from '../ui/download-file';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The partner's ledger as CSV (one row per call, newest first) and their calls' open
 * commitments with a due date as calendar events.
 */
export function PartnerExports({ partner, calls }: { partner: Partner; calls: readonly Call[] }) {
  const db = useDatabase();
  const t = useT();
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

  return (
    <div className="form-actions partner-exports">
      <button type="button" className="secondary-button" onClick={downloadLedger}>
        <Download size={14} aria-hidden="true" /> {t('partners.exports.calls')}
      </button>
      <CalendarButton
        label={t('partners.exports.calendar')}
        fileName={fileName('commitments', 'ics')}
        read={() => openCommitmentsOfCalls(db, calls, partner)}
        none={t('partners.exports.calendar.none', { name: partner.name })}
      />
    </div>
  );
}
