import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getLiveCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { handleCommand, type CommandDeps } from '../../../lib/extension/handle-command';
import { keepUnsavedTag, unsavedTags } from '../../../lib/extension/unsaved-tags';
import { saveLateTag } from '../../../lib/db/late-tags';
import { freshDatabase } from '../support/fresh-database';
import { fillDisk } from '../support/full-disk';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
let badge: Array<number | 'flash'>;
let deps: CommandDeps;

beforeEach(() => {
  db = freshDatabase();
  badge = [];
  let clock = 1_000_000;
  deps = {
    db,
    now: () => (clock += 10_000),
    showCount: async (n) => {
      badge.push(n);
    },
    flash: async () => {
      badge.push('flash');
    },
    keepUnsaved: keepUnsavedTag,
  };
});
afterEach(() => db.close());

describe('handleCommand', () => {
  test('a shortcut with no live call starts one and tags it', async () => {
    const result = await handleCommand('tag-them-request', deps);
    expect(result).toMatchObject({ status: 'tagged', startedCall: true });
    const live = await getLiveCall(db);
    const moments = await allMoments(db);
    expect(moments).toEqual([
      expect.objectContaining({ side: 'them', kind: 'request', callId: live?.id }),
    ]);
    expect(badge).toEqual([1, 'flash']);
  });

  test('later shortcuts tag the same live call and the badge counts them', async () => {
    await handleCommand('tag-them-proprietary', deps);
    const second = await handleCommand('tag-me-value', deps);
    expect(second).toMatchObject({ status: 'tagged', startedCall: false });
    expect(await db.calls.count()).toBe(1);
    expect(badge).toEqual([1, 'flash', 2, 'flash']);
  });

  test('an unknown command is ignored and writes nothing', async () => {
    expect(await handleCommand('_execute_action', deps)).toEqual({ status: 'ignored' });
    expect(await db.calls.count()).toBe(0);
    expect(badge).toEqual([]);
  });

  test('a shortcut whose write Chromium aborts on a full disk keeps its tag, saying so', async () => {
    const freeDisk = fillDisk(db, Number.POSITIVE_INFINITY, 'abort');
    try {
      await expect(handleCommand('tag-them-proprietary', deps)).rejects.toThrow();
      const [kept] = await unsavedTags();
      expect(kept?.error).toBe('Not saved: your disk is full. Free some space, then retry.');
    } finally {
      freeDisk();
    }
  });

  test('a shortcut whose write fails keeps its tag, which is saved later as pressed', async () => {
    const freeDisk = fillDisk(db);
    await expect(handleCommand('tag-them-proprietary', deps)).rejects.toThrow();
    expect(await db.calls.count()).toBe(0);
    const [kept, ...rest] = await unsavedTags();
    expect(rest).toEqual([]);
    expect(kept).toMatchObject({ side: 'them', kind: 'proprietary', pressedAt: 1_010_000 });
    expect(kept?.error).toMatch(/full/i);

    freeDisk();
    if (!kept) throw new Error('the tag was not kept');
    const moment = await saveLateTag(db, kept, 1_020_000);
    expect(moment).toMatchObject({ id: kept.id, side: 'them', kind: 'proprietary' });
    expect((await getLiveCall(db))?.startedAt).toBe(1_010_000);
  });
});
