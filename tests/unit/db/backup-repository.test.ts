import { packByCall } from '../../../lib/db/call-moments';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createBackup,
  exportBackup,
  importBackup,
  type ImportResult,
} from '../../../lib/db/backup-repository';
import { updateCall } from '../../../lib/db/call-edits-repository';
import { endCall, getLiveCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment, updateMoment } from '../../../lib/db/moments-repository';
import { setLeadTimeMs } from '../../../lib/db/settings-repository';
import type { BackupFile } from '../../../lib/domain/backup/backup-format';
import { generateHeavyUser } from '../../../dev/generate/heavy-user';
import { freshDatabase } from '../support/fresh-database';
import { allMoments, storedMoment } from '../support/stored-moments';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;

/** Every table sorted by key: what "nothing changed" and "identical rows" compare. */
async function snapshot(db: ReciprocityDatabase) {
  const sorted = <T extends { id: string }>(rows: T[]) =>
    rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    partners: sorted(await db.partners.toArray()),
    calls: sorted(await db.calls.toArray()),
    moments: sorted(await allMoments(db)),
    settings: (await db.settings.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

/**
 * A database as a user leaves it, written through the repositories: partners (one with
 * an organisation), an ended call with prep, outcome, notes, follow-ups in every state
 * and a due date, a call without a partner, a live call, and settings.
 */
async function seedThroughRepositories(db: ReciprocityDatabase) {
  const { call: acme } = await startCall(
    db,
    {
      title: '<b>Acme</b> kickoff & "pilot"',
      partnerName: 'Acme',
      platform: 'zoom',
      url: 'https://zoom.us/j/123',
      prep: { goal: 'Agree a pilot', bring: 'case study', need: 'an intro' },
    },
    T0,
  );
  const ask = await addMissedMoment(db, acme.id, {
    side: 'them',
    kind: 'request',
    offsetMs: MINUTE,
    note: 'intro to the CTO',
  });
  await addMissedMoment(db, acme.id, {
    side: 'them',
    kind: 'proprietary',
    offsetMs: 2 * MINUTE,
    weight: 2,
  });
  const promise = await addMissedMoment(db, acme.id, {
    side: 'me',
    kind: 'commitment',
    offsetMs: 3 * MINUTE,
    note: 'send the deck',
    dueAt: T0 + 7 * 24 * 60 * MINUTE,
  });
  await addMissedMoment(db, acme.id, { side: 'me', kind: 'value', offsetMs: 4 * MINUTE });
  await endCall(db, acme.id, T0 + 30 * MINUTE);
  await updateMoment(db, ask, { state: 'answered' });
  await updateMoment(db, promise, { note: 'send the deck by Friday' });
  await updateCall(db, acme.id, {
    notes: 'They want Kubernetes help',
    outcome: { reached: 'partly', why: 'pilot yes, price open' },
  });

  const { call: solo } = await startCall(db, { title: 'Solo planning' }, T0 + 60 * MINUTE);
  await addMissedMoment(db, solo.id, { side: 'me', kind: 'note', offsetMs: 5, note: 'ideas' });
  await endCall(db, solo.id, T0 + 90 * MINUTE);

  const { call: live } = await startCall(
    db,
    { title: 'Globex sync', partnerName: 'Globex', platform: 'meet' },
    T0 + 120 * MINUTE,
  );
  await addMissedMoment(db, live.id, { side: 'them', kind: 'offer-help', offsetMs: 10 });
  await setLeadTimeMs(db, 3000);
  await db.settings.put({ key: 'customKinds', value: [{ id: 'pricing', label: 'Pricing' }] });
  return { acme, solo, live };
}

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

function expectOk(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.problems)}`);
  return result;
}

const read = (text: string) => JSON.parse(text) as BackupFile;
const write = (file: BackupFile) => JSON.stringify(file);
const ZERO = { partners: 0, calls: 0, moments: 0, settings: 0 };

describe('exportBackup', () => {
  test('writes every record of every table, without derived fields, on one line', async () => {
    await seedThroughRepositories(db);
    const { text, counts } = await createBackup(db, T0);
    expect(counts).toEqual({ partners: 2, calls: 3, moments: 6, settings: 2 });
    expect(text.trimEnd()).not.toContain('\n');
    const file = read(text);
    expect(file).toMatchObject({ app: 'reciprocity-coach', formatVersion: 1, exportedAt: T0 });
    expect(file.calls).toHaveLength(3);
    expect(file.moments).toHaveLength(6);
    expect(text).not.toMatch(/"(tally|words|live|open)"/);
    expect(await exportBackup(db)).toMatch(/^\{"app":"reciprocity-coach"/);
  });
});

describe('importBackup', () => {
  test('a round trip into an empty database gives identical rows, derived fields included', async () => {
    await seedThroughRepositories(db);
    const result = expectOk(await importBackup(other, await exportBackup(db)));
    expect(result.added).toEqual({ partners: 2, calls: 3, moments: 6, settings: 2 });
    expect(result.updated).toEqual(ZERO);
    expect(result.skipped).toBe(0);
    expect(result.ended).toBe(0);
    // Strict: no field missing, none added, not even one holding undefined.
    expect(await snapshot(other)).toStrictEqual(await snapshot(db));
    expect((await getLiveCall(other))?.title).toBe('Globex sync');
  });

  test('a generated heavy user round-trips: tallies, open flags and search words recomputed', async () => {
    const data = generateHeavyUser({ calls: 120, partners: 12, momentsPerCall: 15, seed: 7 });
    await db.partners.bulkAdd(data.partners);
    await db.calls.bulkAdd(data.calls);
    await db.callMoments.bulkAdd(packByCall(data.moments));
    expectOk(await importBackup(other, await exportBackup(db)));
    const [before, after] = [await snapshot(db), await snapshot(other)];
    expect(after.partners).toStrictEqual(before.partners);
    expect(after.moments).toStrictEqual(before.moments);
    // The generator lists a call's words in time order, the database in moment-id order:
    // the same words, as the multi-entry index sees them.
    const unordered = (calls: typeof before.calls) =>
      calls.map((c) => ({ ...c, words: [...c.words].sort() }));
    expect(unordered(after.calls)).toStrictEqual(unordered(before.calls));
  });

  test('the moments read a few calls at a time make the same file as read at once', async () => {
    const data = generateHeavyUser({ calls: 25, partners: 4, momentsPerCall: 6, seed: 3 });
    await db.partners.bulkAdd(data.partners);
    await db.calls.bulkAdd(data.calls);
    await db.callMoments.bulkAdd(packByCall(data.moments));
    const atOnce = await createBackup(db, T0, 1_000);
    for (const rowsPerRead of [1, 4, 25]) {
      const inRanges = await createBackup(db, T0, rowsPerRead);
      expect(inRanges.text).toBe(atOnce.text);
      expect(inRanges.counts).toStrictEqual(atOnce.counts);
    }
    expect(atOnce.counts.moments).toBe(data.moments.length);
    expect(read(atOnce.text).moments).toHaveLength(data.moments.length);
  });

  test('importing the same file twice adds and updates nothing the second time', async () => {
    await seedThroughRepositories(db);
    const text = await exportBackup(db);
    expectOk(await importBackup(other, text));
    const once = await snapshot(other);
    const twice = expectOk(await importBackup(other, text));
    expect(twice.added).toEqual(ZERO);
    expect(twice.updated).toEqual(ZERO);
    expect(twice.skipped).toBe(13);
    expect(await snapshot(other)).toStrictEqual(once);
    // And into the database it came from.
    const before = await snapshot(db);
    expectOk(await importBackup(db, text));
    expect(await snapshot(db)).toStrictEqual(before);
  });

  test('the newer updatedAt wins; an older record is skipped', async () => {
    const { acme } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const call = file.calls.find((c) => c.id === acme.id);
    const [newer, older] = file.moments.filter((m) => m.callId === acme.id);
    if (!call || !newer || !older) throw new Error('fixture changed');
    call.title = 'Acme renewal';
    call.updatedAt += 1;
    newer.note = 'zebra crossing';
    newer.side = 'me';
    newer.updatedAt += 1;
    older.note = 'stale edit';
    older.updatedAt -= 1;

    const result = expectOk(await importBackup(db, write(file)));
    expect(result.added).toEqual(ZERO);
    expect(result.updated).toEqual({ partners: 0, calls: 1, moments: 1, settings: 0 });
    expect(result.skipped).toBe(11);
    const stored = await db.calls.get(acme.id);
    expect(stored?.title).toBe('Acme renewal');
    expect(stored?.words).toEqual(expect.arrayContaining(['acme', 'renewal', 'zebra']));
    expect(stored?.tally.counts.me[newer.kind]).toBeGreaterThanOrEqual(1);
    expect((await storedMoment(db, newer.id))?.note).toBe('zebra crossing');
    expect((await storedMoment(db, older.id))?.note).not.toBe('stale edit');
  });

  test('a newer moment from the file refreshes a local call the file leaves out', async () => {
    const { acme } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const moment = file.moments.find((m) => m.callId === acme.id && m.kind === 'request');
    if (!moment) throw new Error('fixture changed');
    moment.state = 'open';
    moment.updatedAt += 1;
    const before = await db.calls.get(acme.id);
    expectOk(
      await importBackup(db, write({ ...file, calls: [], partners: [], moments: [moment] })),
    );
    const after = await db.calls.get(acme.id);
    expect(after?.tally.openAsks.them).toBe((before?.tally.openAsks.them ?? 0) + 1);
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect((await storedMoment(db, moment.id))?.open).toBe(1);
  });

  test('a partner renamed in the file renames the search words of its calls here', async () => {
    const { acme } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const partner = file.partners.find((p) => p.id === acme.partnerId);
    if (!partner) throw new Error('fixture changed');
    partner.name = 'Initech';
    partner.updatedAt += 1;
    expectOk(
      await importBackup(db, write({ ...file, calls: [], moments: [], partners: [partner] })),
    );
    expect((await db.calls.get(acme.id))?.words).toContain('initech');
  });

  test('one bad record among good ones writes nothing at all', async () => {
    await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    await seedThroughRepositories(other);
    const before = await snapshot(other);
    const bad = file.moments[1] as unknown as Record<string, unknown>;
    bad.side = 'they';
    const result = await importBackup(other, write(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.writeError).toBeUndefined();
    expect(result.problems).toEqual([
      {
        path: expect.stringMatching(/^moments\[1\] \(id [^)]+\)\.side$/),
        message: 'must be "them" or "me", found "they"',
      },
    ]);
    expect(await snapshot(other)).toStrictEqual(before);
  });

  test.each([
    ['a call started past the last JavaScript date', 'calls', 'startedAt', 8640000000000001],
    ['a call started at 1e300', 'calls', 'startedAt', 1e300],
    ['a moment at 1e300', 'moments', 'at', 1e300],
    ['a moment due at 1e300', 'moments', 'dueAt', 1e300],
  ] as const)('%s is refused, named, and writes nothing', async (_, table, field, value) => {
    await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    await seedThroughRepositories(other);
    const before = await snapshot(other);
    const record = file[table][0] as unknown as Record<string, unknown>;
    record[field] = value;
    const result = await importBackup(other, write(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: expect.stringMatching(new RegExp(`^${table}\\[0\\] \\(id [^)]+\\)\\.${field}$`)),
        message: expect.stringMatching(
          /^must be a date from 2000-01-01 to \d{4}-\d\d-\d\d, found /,
        ),
      },
    ]);
    expect(await snapshot(other)).toStrictEqual(before);
  });

  test('a file from a future format version is refused with the format’s message', async () => {
    const file = { ...read(await exportBackup(db)), formatVersion: 2 };
    const result = await importBackup(db, JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'formatVersion',
          message: expect.stringContaining(
            'This backup was made by a newer version of Reciprocity Coach (format 2)',
          ),
        },
      ],
    });
  });

  test('a moment whose call is neither in the file nor here is reported, and nothing is written', async () => {
    await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const moment = file.moments[0];
    if (!moment) throw new Error('fixture changed');
    const result = await importBackup(
      other,
      write({ ...file, moments: [{ ...moment, callId: 'no-such-call' }] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: expect.stringMatching(/^moments\[0\] \(id [^)]+\)\.callId$/),
          message:
            'refers to call "no-such-call", which is neither in this file nor saved in Reciprocity Coach',
        },
      ],
    });
    expect(await snapshot(other)).toStrictEqual({
      partners: [],
      calls: [],
      moments: [],
      settings: [],
    });
  });

  test('a moment may belong to a call saved here but not in the file', async () => {
    const { solo } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const [sample] = file.moments;
    if (!sample) throw new Error('fixture changed');
    const moment = {
      ...sample,
      id: 'extra-moment',
      callId: solo.id,
      at: solo.startedAt + sample.offsetMs,
      note: 'from another machine',
    };
    const result = expectOk(
      await importBackup(db, write({ ...file, calls: [], partners: [], moments: [moment] })),
    );
    expect(result.added.moments).toBe(1);
    expect((await db.calls.get(solo.id))?.tally.total).toBe(2);
    expect((await db.calls.get(solo.id))?.words).toContain('machine');
  });

  test('a moment put outside a call saved here is refused, named, and writes nothing', async () => {
    const { solo } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const [sample] = file.moments;
    if (!sample) throw new Error('fixture changed');
    const before = await snapshot(db);
    const offsetMs = 5 * 60 * MINUTE;
    const moment = {
      ...sample,
      id: 'late-moment',
      callId: solo.id,
      offsetMs,
      at: solo.startedAt + offsetMs,
    };
    const result = await importBackup(
      db,
      write({ ...file, calls: [], partners: [], moments: [moment] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'moments[0] (id late-mom…).offsetMs',
          message: 'is 5:00:00 into its call, which lasted 30 min',
        },
      ],
    });
    expect(await snapshot(db)).toStrictEqual(before);
  });

  test('HTML in a title is stored as the same string', async () => {
    const { acme } = await seedThroughRepositories(db);
    expectOk(await importBackup(other, await exportBackup(db)));
    expect((await other.calls.get(acme.id))?.title).toBe('<b>Acme</b> kickoff & "pilot"');
  });

  // The writes are all handed over before any is waited on: whichever fails, the others
  // (issued before it or after) are taken back with it.
  test.each(['callMoments', 'calls'] as const)(
    'a failed write (%s) leaves nothing behind and says why in words',
    async (table) => {
      await seedThroughRepositories(db);
      const text = await exportBackup(db);
      await other.settings.put({ key: 'leadTimeMs', value: 0 });
      const before = await snapshot(other);
      vi.spyOn(other[table], 'bulkPut').mockRejectedValue(
        Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
      );
      const result = await importBackup(other, text);
      expect(result).toEqual({
        ok: false,
        problems: [{ path: '', message: expect.stringContaining('disk is full') }],
        writeError: 'Not saved: your disk is full. Free some space, then retry.',
      });
      vi.restoreAllMocks();
      expect(await snapshot(other)).toStrictEqual(before);
    },
  );

  test('settings already set here are kept; new ones are added', async () => {
    await seedThroughRepositories(db);
    await setLeadTimeMs(other, 0);
    const result = expectOk(await importBackup(other, await exportBackup(db)));
    expect(result.added.settings).toBe(1);
    expect((await other.settings.get('leadTimeMs'))?.value).toBe(0);
    expect((await other.settings.get('customKinds'))?.value).toEqual([
      { id: 'pricing', label: 'Pricing' },
    ]);
  });
});

describe('live calls in a backup', () => {
  test('a running call is imported as live when no call is live here', async () => {
    const { live } = await seedThroughRepositories(db);
    expectOk(await importBackup(other, await exportBackup(db)));
    expect(await other.calls.get(live.id)).toMatchObject({ endedAt: null, live: 1 });
  });

  test('with another call live here, it is ended at its last moment and the local call stays live', async () => {
    const { live } = await seedThroughRepositories(db);
    const text = await exportBackup(db);
    const { call: mine } = await startCall(other, { title: 'My own call' }, T0);
    const result = expectOk(await importBackup(other, text));
    expect(result.ended).toBe(1);
    const imported = await other.calls.get(live.id);
    expect(imported?.endedAt).toBe(live.startedAt + 10);
    expect(imported).not.toHaveProperty('live');
    expect((await getLiveCall(other))?.id).toBe(mine.id);
    expect(await other.calls.where('live').equals(1).count()).toBe(1);
    // Still nothing new the second time.
    const before = await snapshot(other);
    const again = expectOk(await importBackup(other, text));
    expect(again.updated).toEqual(ZERO);
    expect(await snapshot(other)).toStrictEqual(before);
  });

  test('of several running calls in one file only the newest is live; one without moments ends at its start', async () => {
    const { live } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    const source = file.calls.find((c) => c.id === live.id);
    if (!source) throw new Error('fixture changed');
    const older = { ...source, id: 'older-running', startedAt: source.startedAt - MINUTE };
    expectOk(await importBackup(other, write({ ...file, calls: [...file.calls, older] })));
    expect(await other.calls.get(live.id)).toMatchObject({ endedAt: null, live: 1 });
    expect(await other.calls.get('older-running')).toMatchObject({ endedAt: older.startedAt });
    expect(await other.calls.where('live').equals(1).count()).toBe(1);
  });

  test('the live call itself, ended in a newer file, ends here too', async () => {
    const { live } = await seedThroughRepositories(db);
    const file = read(await exportBackup(db));
    // Tagging stamps the call with the clock's time: end it later than that.
    const ended = await endCall(db, live.id, Date.now() + MINUTE);
    await updateCall(db, ended.id, { notes: 'wrapped up' }, ended.updatedAt + 1);
    await importBackup(other, write(file));
    expect((await getLiveCall(other))?.id).toBe(live.id);
    expectOk(await importBackup(other, await exportBackup(db)));
    expect(await getLiveCall(other)).toBeUndefined();
    expect((await other.calls.get(live.id))?.notes).toBe('wrapped up');
  });
});
