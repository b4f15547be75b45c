import { CircleAlert, CircleCheck } from 'lucide-react';
import type { ImportResult } from '../../lib/db/backup-repository';
import { plural, problemCount, restoreSummary } from './backup-text';

/** What a restore did; shown inside the section's status region. */
export function RestoreSummary({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  return (
    <p className="backup-outcome backup-success">
      <CircleCheck size={16} aria-hidden="true" />
      <span>{restoreSummary(result)}</span>
    </p>
  );
}

/** Why a restore did nothing: the file's problems, or the failed write. */
export function RestoreProblems({ result }: { result: Extract<ImportResult, { ok: false }> }) {
  if (result.writeError !== undefined) {
    return (
      <div role="alert" className="backup-outcome backup-problems" aria-labelledby="restore-failed">
        <h3 id="restore-failed">
          <CircleAlert size={16} aria-hidden="true" />
          <span>Nothing was restored</span>
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
        <span>Nothing was restored: this file has {plural(count, 'problem')}</span>
      </h3>
      <ul className="problem-list" aria-label="Problems">
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
      <p className="hint">
        Everything saved here is as it was. Fix these in the file, or choose another backup.
      </p>
    </div>
  );
}
