import { afterEach, beforeEach, expect, test } from 'vitest';
import { createBackup, importBackup } from '../../../lib/db/backup-repository';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { historyCallIds } from '../../../lib/db/history-query';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import {
  attachQuoteIn,
  recordCaptionLinesIn,
  transcriptOf,
} from '../../../lib/db/quotes-repository';
import { setPreference } from '../../../lib/db/settings-repository';
import { NO_FILTERS } from '../../../lib/domain/history-filters';
import type { TranscriptLine } from '../../../lib/domain/model';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
let db: ReciprocityDatabase;
let other: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  other = freshDatabase();
});
afterEach(() => {
  db.close();
  other.close();
});

const line = (text: string, mine: boolean, at: number): TranscriptLine => ({
  speaker: mine ? 'You' : 'Dana',
  text,
  mine,
  startedAt: at,
  endedAt: at + 900,
});

async function quotedCall() {
  await setPreference(db, 'captionsKept', 'transcript');
  const { call } = await startCall(db, { title: 'Intro' }, T0);
  const m = await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 5_000 });
  await recordCaptionLinesIn(db, call.id, [
    line('Could you send the deck?', false, T0 + 4_000),
    line('Sure.', true, T0 + 6_000),
  ]);
  await attachQuoteIn(db, call.id, m.id, [
    { speaker: 'Dana', text: 'Could you send the deck?', mine: false },
  ]);
  await endCall(db, call.id, T0 + 60_000);
  return call;
}

test('a backup carries quotes, caption statistics and transcripts into another profile', async () => {
  const call = await quotedCall();
  const { text } = await createBackup(db, T0 + 120_000);
  const result = await importBackup(other, text, T0 + 120_000);
  expect(result.ok).toBe(true);
  expect(await allMoments(other)).toEqual(await allMoments(db));
  expect((await other.calls.get(call.id))?.captions).toEqual({
    words: { them: 5, me: 1 },
    questions: { them: 1, me: 0 },
    lines: 2,
  });
  expect(await transcriptOf(other, call.id)).toEqual(await transcriptOf(db, call.id));
  expect(await historyCallIds(other, { ...NO_FILTERS, q: 'deck' })).toEqual([call.id]);
});

test('restoring into the same profile keeps its caption statistics and transcript', async () => {
  const call = await quotedCall();
  const before = await db.calls.get(call.id);
  const { text } = await createBackup(db, T0 + 120_000);
  // The file's moment is newer: the call is refreshed from the moments, keeping its captions.
  const file = JSON.parse(text) as { moments: Array<{ updatedAt: number; note: string }> };
  const first = file.moments[0];
  if (first) Object.assign(first, { updatedAt: first.updatedAt + 1, note: 'newer' });
  expect((await importBackup(db, JSON.stringify(file), T0 + 120_000)).ok).toBe(true);
  expect((await db.calls.get(call.id))?.captions).toEqual(before?.captions);
  expect(await transcriptOf(db, call.id)).toHaveLength(2);
});

test('a refused file writes no transcript', async () => {
  const call = await quotedCall();
  const { text } = await createBackup(db, T0 + 120_000);
  const file = JSON.parse(text) as { moments: Array<Record<string, unknown>> };
  file.moments[0] = { ...file.moments[0], quote: [{ speaker: 'x', text: '', mine: false }] };
  const result = await importBackup(other, JSON.stringify(file), T0 + 120_000);
  expect(result.ok).toBe(false);
  expect(await transcriptOf(other, call.id)).toEqual([]);
  expect(await other.calls.count()).toBe(0);
});
