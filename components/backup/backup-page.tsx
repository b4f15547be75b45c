import { DownloadBackup } from './download-backup';
import { RestoreBackup } from './restore-backup';
import './backup.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-backup';

/** Route `#/backup`: the whole database to one file and back, on this machine only. */
export function BackupPage() {
  const t = useT();
  return (
    <main className="page backup-page" aria-labelledby="backup-heading">
      <header className="backup-header">
        <h1 id="backup-heading">{t('backup.heading')}</h1>
        <p className="hint">{t('backup.intro')}</p>
      </header>
      <DownloadBackup />
      <RestoreBackup />
    </main>
  );
}
