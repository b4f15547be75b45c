import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import type { CommitmentForCalendar } from '../../lib/domain/export/open-commitments';
import { downloadFile } from './download-file';
import { useT } from '../app-context/i18n-context';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Downloads commitments as an .ics file. The calendar code and its library load on the
 * click, not with the page; each event links back to its call on this extension's page.
 */
export async function downloadCalendar(
  items: readonly CommitmentForCalendar[],
  fileName: string,
): Promise<void> {
  const { commitmentsToIcs } = await import('../../lib/domain/export/commitments-ics');
  const callsPageUrl = new URL('/calls.html', window.location.href).href;
  downloadFile(fileName, commitmentsToIcs(items, { timeZone, callsPageUrl }), 'text/calendar');
}

/**
 * A button that reads the commitments when pressed and downloads them for the calendar; when
 * none has a due date it says so instead of handing over an empty file.
 */
export function CalendarButton({
  label,
  fileName,
  read,
  none,
  disabledWhy,
}: {
  label: string;
  fileName: string;
  read: () => Promise<CommitmentForCalendar[]> | CommitmentForCalendar[];
  /** What to say when nothing has a due date. */
  none: string;
  /** When set, the button is disabled and this is why (its title). */
  disabledWhy?: string;
}) {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  async function download(): Promise<void> {
    setStatus(null);
    try {
      const items = await read();
      if (items.length === 0) setStatus(none);
      else await downloadCalendar(items, fileName);
    } catch (e) {
      setStatus(t('ui.calendar.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }
  return (
    <>
      <button
        type="button"
        className="secondary-button"
        disabled={disabledWhy !== undefined}
        title={disabledWhy}
        onClick={() => void download()}
      >
        <CalendarPlus size={14} aria-hidden="true" /> {label}
      </button>
      {status ? (
        <p className="hint" role="status">
          {status}
        </p>
      ) : null}
    </>
  );
}
