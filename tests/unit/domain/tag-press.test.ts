import { expect, test } from 'vitest';
import { tagPressOf } from '../../../lib/domain/model';

test('tagPressOf keeps the press and nothing else, with no weight key when there is none', () => {
  const pending = {
    id: 't1',
    callId: 'c1',
    side: 'them' as const,
    kind: 'request',
    pressedAt: 5,
    status: 'failed',
    error: 'The disk is full.',
  };
  expect(tagPressOf(pending)).toStrictEqual({
    id: 't1',
    side: 'them',
    kind: 'request',
    pressedAt: 5,
  });
  expect(Object.keys(tagPressOf({ ...pending, weight: undefined }))).not.toContain('weight');
  expect(tagPressOf({ ...pending, weight: 3 })).toStrictEqual({
    id: 't1',
    side: 'them',
    kind: 'request',
    pressedAt: 5,
    weight: 3,
  });
});
