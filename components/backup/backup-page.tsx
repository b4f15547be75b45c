import { DownloadBackup } from './download-backup';
import { RestoreBackup } from './restore-backup';
import './backup.css';

/** Route `#/backup`: the whole database to one file and back, on this machine only. */
export function BackupPage() {
  return (
    <main className="page backup-page" aria-labelledby="backup-heading">
      <header className="backup-header">
        <h1 id="backup-heading">Backup and restore</h1>
        <p className="hint">
          A backup is one JSON file holding everything Reciprocity Coach keeps in this browser. It
          goes to your downloads folder and never leaves this machine unless you move it yourself —
          keep it somewhere safe, or use it to move your calls to another browser.
        </p>
      </header>
      <DownloadBackup />
      <RestoreBackup />
    </main>
  );
}
