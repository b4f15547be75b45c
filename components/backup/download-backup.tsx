import { Download } from 'lucide-react';
import { useState } from 'react';
import { createBackup, type ImportCounts } from '../../lib/db/backup-repository';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { backupFileName, countList, formatBytes } from './backup-text';
import { useLocale, useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-backup';

type DownloadState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; fileName: string; bytes: number; counts: ImportCounts }
  | { status: 'error'; message: string };

/** A browser download of `blob` through an `<a download>`: no permission, no network. */
function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // A large file is still being written when click() returns: keep the URL a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DownloadBackup() {
  const db = useDatabase();
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const busy = state.status === 'busy';

  async function download(): Promise<void> {
    setState({ status: 'busy' });
    try {
      const backup = await createBackup(db);
      const fileName = backupFileName(new Date(backup.exportedAt));
      const blob = new Blob([backup.text], { type: 'application/json' });
      saveBlob(fileName, blob);
      setState({ status: 'done', fileName, bytes: blob.size, counts: backup.counts });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setState({ status: 'error', message: t('backup.download.failed', { reason }) });
    }
  }

  return (
    <section className="card backup-card" aria-labelledby="backup-download-heading">
      <h2 id="backup-download-heading">{t('backup.download.heading')}</h2>
      <p>{t('backup.download.intro')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="primary-button"
          onClick={() => void download()}
          disabled={busy}
          aria-busy={busy}
        >
          <Download size={16} aria-hidden="true" />
          {busy ? t('backup.download.preparing') : t('backup.download.heading')}
        </button>
      </div>
      <p role="status" className="backup-status">
        {state.status === 'done'
          ? t('backup.download.done', {
              file: state.fileName,
              size: formatBytes(state.bytes, t, locale),
              counts: countList(state.counts, t),
            })
          : busy
            ? t('backup.download.reading')
            : ''}
      </p>
      {state.status === 'error' ? <ErrorBanner message={state.message} /> : null}
    </section>
  );
}
