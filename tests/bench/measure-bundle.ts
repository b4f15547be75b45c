import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where a script's URL points inside the output directory ('/x' is the root, './x' relative). */
function resolveScript(url: string, fromFile: string): string {
  return normalize(url.startsWith('/') ? url.slice(1) : join(dirname(fromFile), url));
}

/**
 * Gzipped size of every script the side panel loads before it runs (its entry and every chunk
 * it imports statically, however the import is written), in kB. Lazy `import()` chunks are
 * not counted: the panel does not wait for them.
 */
export async function measureSidePanelJs(outputDir: string): Promise<number> {
  const html = await readFile(join(outputDir, 'sidepanel.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => resolveScript(m[1] ?? '', 'sidepanel.html'));
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(outputDir, file));
    bytes += gzipSync(code, { level: 9 }).length;
    // Static imports between chunks: `import{…}from"./x.js"`, `from"/chunks/x.js"`, `import"./x.js"`.
    for (const m of code.toString().matchAll(/(?:\bfrom|\bimport)\s*"([^"]+\.js)"/g)) {
      queue.push(resolveScript(m[1] ?? '', file));
    }
  }
  if (seen.size === 0) throw new Error(`no scripts found in ${outputDir}/sidepanel.html`);
  return Math.round((bytes / 1024) * 10) / 10;
}
