import { CircleAlert, CircleCheck } from 'lucide-react';
import type { ImportResult } from '../../lib/db/backup-repository';
import { problemCount, restoreSummary } from './backup-text';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-backup';

/** What a restore did; shown inside the section's status region. */
export function RestoreSummary({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  const t = useT();
  return (
    <p className="backup-outcome backup-success">
      <CircleCheck size={16} aria-hidden="true" />
      <span>{restoreSummary(result, t)}</span>
    </p>
  );
}

/** Why a restore did nothing: the file's problems, or the failed write. */
export function RestoreProblems({ result }: { result: Extract<ImportResult, { ok: false }> }) {
  const t = useT();
  if (result.writeError !== undefined) {
    return (
      <div role="alert" className="backup-outcome backup-problems" aria-labelledby="restore-failed">
        <h3 id="restore-failed">
          <CircleAlert size={16} aria-hidden="true" />
          <span>{t('backup.result.failed')}</span>
        </h3>
        <p>{result.writeError}</p>
      </div>
    );
  }
  const count = problemCount(result.problems);
  return (
    <div role="alert" className="backup-outcome backup-problems" aria-labelledby="restore-problems">
      <h3 id="restore-problems">
        <CircleAlert size={16} aria-hidden="true" />
        <span>{t('backup.result.problems', { count })}</span>
      </h3>
      <ul className="problem-list" aria-label={t('backup.result.problemsLabel')}>
        {result.problems.map((problem, index) => (
          <li key={index}>
            {problem.path ? (
              <>
                <code className="problem-path">{problem.path}</code> — {problem.message}
              </>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t('backup.result.hint')}</p>
    </div>
  );
}
