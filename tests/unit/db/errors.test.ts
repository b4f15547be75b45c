import { describe, expect, test } from 'vitest';
import {
  DISK_FULL_MESSAGE,
  explainWriteError,
  isDiskFull,
  type StorageEstimate,
} from '../../../lib/db/errors';

const GB = 1024 ** 3;
const MB = 1024 ** 2;
const full = async (): Promise<StorageEstimate> => ({ usage: 10 * GB - MB, quota: 10 * GB });
const roomy = async (): Promise<StorageEstimate> => ({ usage: 300 * MB, quota: 10 * GB });
const unknown = async (): Promise<StorageEstimate> => ({});
const broken = async (): Promise<StorageEstimate> => {
  throw new Error('no estimate here');
};

/** The error Dexie rejects with when Chromium aborts a transaction on a full disk. */
const chromiumAbort = Object.assign(
  new Error('The transaction was aborted, so the request cannot be fulfilled.'),
  { name: 'AbortError' },
);
const dexieAbort = Object.assign(new Error('Transaction aborted'), {
  name: 'AbortError',
  inner: { name: 'AbortError' },
});

describe('explainWriteError', () => {
  test.each([
    [
      'a QuotaExceededError, whatever the estimate says',
      Object.assign(new Error('q'), { name: 'QuotaExceededError' }),
      roomy,
    ],
    [
      'an AbortError wrapping a QuotaExceededError',
      { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
      roomy,
    ],
    ['an aborted transaction while the disk is full (Chromium)', chromiumAbort, full],
    ['Dexie’s AbortError around the browser’s, disk full', dexieAbort, full],
  ])('%s: the disk is full, and what to do', async (_, error, estimate) => {
    expect(await explainWriteError(error, estimate)).toBe(DISK_FULL_MESSAGE);
    expect(DISK_FULL_MESSAGE).toBe('Not saved: your disk is full. Free some space, then retry.');
  });

  test.each([
    ['plenty of room', roomy],
    ['no estimate from the browser', unknown],
    ['an estimate that fails', broken],
  ])('an aborted write with %s is not called a full disk', async (_, estimate) => {
    expect(await explainWriteError(chromiumAbort, estimate)).toBe(
      'Not saved: the write failed (The transaction was aborted, so the request cannot be fulfilled.). Retry.',
    );
  });

  test('other errors keep their own words, without asking for an estimate', async () => {
    const closed = Object.assign(new Error('x'), { name: 'DatabaseClosedError' });
    expect(await explainWriteError(closed, full)).toMatch(/closed or blocked/);
    expect(await explainWriteError(new Error('boom'), full)).toBe(
      'Not saved: the write failed (boom). Retry.',
    );
  });
});

describe('isDiskFull', () => {
  test.each<[StorageEstimate, boolean]>([
    [{ usage: 10 * GB, quota: 10 * GB }, true],
    [{ usage: 10 * GB - 10 * MB, quota: 10 * GB }, true],
    [{ usage: 10 * GB - 200 * MB, quota: 10 * GB }, false],
    [{ usage: 99 * MB, quota: 100 * MB }, true],
    [{ usage: 0, quota: 100 * GB }, false],
    [{ usage: 5 }, false],
    [{ quota: 5 }, false],
    [{ usage: 0, quota: 0 }, false],
  ])('%o → %s', (estimate, expected) => {
    expect(isDiskFull(estimate)).toBe(expected);
  });
});
