import { useEffect, useState } from 'react';
import type { SeedProgress } from '../db/heavy-user-seeder';
import { HEAVY_USER_DEFAULTS } from '../generate/heavy-user';
import type { DevApi } from './dev-api';

const EXPECTED_MOMENTS = HEAVY_USER_DEFAULTS.calls * HEAVY_USER_DEFAULTS.momentsPerCall;

function describe(counts: SeedProgress | undefined): string {
  if (!counts) return 'Counting…';
  return `${counts.partners.toLocaleString()} partners, ${counts.calls.toLocaleString()} calls, ${counts.moments.toLocaleString()} moments`;
}

/** Development only: fills this profile with a heavy user's four years of calls, or empties it. */
export function DevSeedPage({ api }: { api: DevApi }) {
  const [counts, setCounts] = useState<SeedProgress>();
  const [progress, setProgress] = useState<SeedProgress>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void api.counts().then(setCounts);
    return api.onProgress(setProgress);
  }, [api]);

  async function run(label: string, action: () => Promise<string>): Promise<void> {
    setBusy(true);
    setMessage(`${label}…`);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(undefined);
      setCounts(await api.counts());
      setBusy(false);
    }
  }

  return (
    <main className="page">
      <h1>Developer: heavy-user data</h1>
      <p className="hint">
        Four years of a heavy user ({HEAVY_USER_DEFAULTS.calls.toLocaleString()} calls,{' '}
        {HEAVY_USER_DEFAULTS.partners} partners, about {EXPECTED_MOMENTS.toLocaleString()} moments),
        generated from a fixed seed and written into this browser profile’s database. Not part of
        the released extension.
      </p>
      <p role="status">In the database: {describe(counts)}</p>
      <p>
        <button
          type="button"
          className="primary-button"
          disabled={busy}
          onClick={() =>
            void run('Generating', async () => {
              const result = await api.seed();
              return `Generated in ${(result.ms / 1000).toFixed(1)} s. Busiest partner: ${result.busiestPartnerName}.`;
            })
          }
        >
          Generate heavy-user data
        </button>{' '}
        <button
          type="button"
          className="danger-button"
          disabled={busy}
          onClick={() =>
            void run('Clearing', async () => {
              await api.clear();
              return 'All data cleared.';
            })
          }
        >
          Clear all data
        </button>
      </p>
      {progress ? (
        <p>
          <progress value={progress.moments} max={EXPECTED_MOMENTS} /> Written: {describe(progress)}
        </p>
      ) : null}
      {message ? <p aria-live="polite">{message}</p> : null}
    </main>
  );
}
