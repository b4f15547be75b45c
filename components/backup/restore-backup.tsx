import { useState, type ChangeEvent } from 'react';
import { importBackup, type ImportResult } from '../../lib/db/backup-repository';
import { useDatabase } from '../app-context/database-context';
import { formatBytes } from './backup-text';
import { RestoreProblems, RestoreSummary } from './restore-result';

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
): Promise<ImportResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `The file could not be read: ${reason}` }],
    };
  }
  return importBackup(db, text);
}

export function RestoreBackup() {
  const db = useDatabase();
  const [state, setState] = useState<RestoreState>({ status: 'idle' });
  const busy = state.status === 'busy';
  const done = state.status === 'done' ? state.result : undefined;

  async function restore(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const chosen = { name: file.name, size: file.size };
    setState({ status: 'busy', file: chosen });
    const result = await readAndRestore(db, file);
    // Cleared, so that choosing the same file again (after fixing it) restores again.
    input.value = '';
    setState({ status: 'done', file: chosen, result });
  }

  return (
    <section className="card backup-card" aria-labelledby="backup-restore-heading">
      <h2 id="backup-restore-heading">Restore from a file</h2>
      <p>
        Restoring merges the file into what is saved here: records missing here are added, and a
        record edited more recently in the file replaces the one here. Nothing here is deleted. If
        anything in the file is wrong, nothing is restored.
      </p>
      <div className="field backup-file-field">
        <label htmlFor="backup-file">Choose a backup file</label>
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
          <strong>{state.file.name}</strong> <span>({formatBytes(state.file.size)})</span>
        </p>
      ) : null}
      <div role="status" className="backup-live" aria-busy={busy}>
        {busy ? (
          <p className="backup-status">
            Restoring… checking every record, then saving them all at once.
          </p>
        ) : null}
        {done?.ok ? <RestoreSummary result={done} /> : null}
      </div>
      {done && !done.ok ? <RestoreProblems result={done} /> : null}
    </section>
  );
}
