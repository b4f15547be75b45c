import { readdir, readFile } from 'node:fs/promises';

/** CPU time (clock ticks) used so far by every process whose command line mentions `marker`. */
async function cpuTicks(marker: string): Promise<number> {
  let total = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(marker)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are 14th and 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

/**
 * Waits until the browser on profile `userDataDir` is idle: right after a heavy data set is
 * written, IndexedDB compacts its files in the background for a while, which no user opening
 * their history would meet. Idle means under 5% of a core for two half-second windows in a
 * row; gives up (and says so) after `timeoutMs`.
 */
export async function waitForSettledBrowser(
  userDataDir: string,
  timeoutMs = 60_000,
): Promise<void> {
  const windowMs = 500;
  const ticksPerWindow = (windowMs / 1000) * 100; // Linux counts 100 ticks a second.
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let last = await cpuTicks(userDataDir);
  while (quiet < 2) {
    if (Date.now() > deadline) {
      console.warn('The browser did not settle; measuring anyway.');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = await cpuTicks(userDataDir);
    quiet = now - last < ticksPerWindow * 0.05 ? quiet + 1 : 0;
    last = now;
  }
}
