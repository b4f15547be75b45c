import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of every script the side panel loads (its entry and chunks), in kB. */
export async function measureSidePanelJs(outputDir: string): Promise<number> {
  const html = await readFile(join(outputDir, 'sidepanel.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(outputDir, file));
    bytes += gzipSync(code, { level: 9 }).length;
    // Static imports between chunks, e.g. import{...}from"/chunks/x.js".
    for (const m of code.toString().matchAll(/from\s*"\/?((?:chunks|assets)\/[^"]+\.js)"/g)) {
      queue.push(m[1] ?? '');
    }
  }
  if (seen.size === 0) throw new Error(`no scripts found in ${outputDir}/sidepanel.html`);
  return Math.round((bytes / 1024) * 10) / 10;
}
