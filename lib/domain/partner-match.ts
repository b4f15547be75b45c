/**
 * "Did you mean Acme Robotics?": a typed partner name close to, but not the same as, a
 * known one. The same name (ignoring case and runs of spaces) is the same partner already
 * (the database finds it); this is about near misses that would make a second partner.
 */

/** How the database compares names: case and runs of spaces do not matter. */
export function sameNameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Letters and digits only: "Acme-Robotics", "AcmeRobotics" and "acme robotics" agree. */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Shortest names are compared exactly: one letter off "Bolt" is "Bold", another name. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 9 ? 1 : 2;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `limit + 1`
 * as soon as it must be more than `limit`: only near misses matter, so most pairs stop early.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length] ?? 0, limit + 1);
}

/** One word (or more) added to a known name, or a known name typed only in part. */
function startsOrExtends(typed: string, known: string): boolean {
  const t = sameNameKey(typed);
  const k = sameNameKey(known);
  if (looseKey(t).length >= 3 && k.startsWith(t)) return true;
  return looseKey(k).length >= 3 && t.startsWith(`${k} `);
}

/**
 * The known name the typed one most likely meant, or undefined when none is close or one is
 * the same name. Closest first (spacing and punctuation alone count as 0 edits), then a name
 * it starts or extends, then alphabetical: the answer does not depend on the list's order.
 */
export function closePartnerName(typed: string, known: readonly string[]): string | undefined {
  const key = sameNameKey(typed);
  const loose = looseKey(typed);
  if (!loose) return undefined;
  if (known.some((name) => sameNameKey(name) === key)) return undefined;
  const limit = allowedEdits(loose.length);
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const distance = editDistance(loose, looseKey(name), limit);
    const score =
      distance <= limit ? distance : startsOrExtends(typed, name) ? limit + 1 : undefined;
    if (score === undefined) continue;
    if (!best || score < best.score || (score === best.score && name < best.name)) {
      best = { name, score };
    }
  }
  return best?.name;
}
