import { useState, type ChangeEvent } from 'react';
import { importBackup, type ImportResult } from '../../lib/db/backup-repository';
import { useDatabase } from '../app-context/database-context';
import { formatBytes } from './backup-text';
import { RestoreProblems, RestoreSummary } from './restore-result';
import { useLocale, useT, type Translate } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-backup';

interface ChosenFile {
  name: string;
  size: number;
}

type RestoreState =
  | { status: 'idle' }
  | { status: 'busy'; file: ChosenFile }
  | { status: 'done'; file: ChosenFile; result: ImportResult };

async function readAndRestore(
  db: Parameters<typeof importBackup>[0],
  file: File,
  t: Translate,
): Promise<ImportResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: t('backup.restore.unreadable', { reason }) }],
    };
  }
  return importBackup(db, text);
}

export function RestoreBackup() {
  const db = useDatabase();
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<RestoreState>({ status: 'idle' });
  const busy = state.status === 'busy';
  const done = state.status === 'done' ? state.result : undefined;

  async function restore(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const chosen = { name: file.name, size: file.size };
    setState({ status: 'busy', file: chosen });
    const result = await readAndRestore(db, file, t);
    // Cleared, so that choosing the same file again (after fixing it) restores again.
    input.value = '';
    setState({ status: 'done', file: chosen, result });
  }

  return (
    <section className="card backup-card" aria-labelledby="backup-restore-heading">
      <h2 id="backup-restore-heading">{t('backup.restore.heading')}</h2>
      <p>{t('backup.restore.intro')}</p>
      <div className="field backup-file-field">
        <label htmlFor="backup-file">{t('backup.restore.choose')}</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => void restore(event)}
        />
      </div>
      {state.status !== 'idle' ? (
        <p className="backup-file-name">
          <strong>{state.file.name}</strong>{' '}
          <span>({formatBytes(state.file.size, t, locale)})</span>
        </p>
      ) : null}
      <div role="status" className="backup-live" aria-busy={busy}>
        {busy ? <p className="backup-status">{t('backup.restore.busy')}</p> : null}
        {done?.ok ? <RestoreSummary result={done} /> : null}
      </div>
      {done && !done.ok ? <RestoreProblems result={done} /> : null}
    </section>
  );
}
