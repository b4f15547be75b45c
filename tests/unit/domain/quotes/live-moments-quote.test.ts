import { expect, test } from 'vitest';
import { sameMoments } from '../../../../lib/domain/live-moments';
import type { Moment } from '../../../../lib/domain/model';

const quoted: Moment = {
  id: 'm1',
  callId: 'c',
  side: 'them',
  kind: 'request',
  at: 1,
  offsetMs: 1,
  note: '',
  weight: 1,
  createdAt: 1,
  updatedAt: 1,
  quote: [{ speaker: 'Dana', text: 'could you send the deck', mine: false }],
};

test('a re-read quoted moment is the same moment: the live list does not render again', () => {
  expect(sameMoments([quoted], [structuredClone(quoted)])).toBe(true);
});

test('a quote whose words changed (the sentence finished) is a change', () => {
  const finished = structuredClone(quoted);
  finished.quote = [{ speaker: 'Dana', text: 'could you send the deck today', mine: false }];
  expect(sameMoments([quoted], [finished])).toBe(false);
  expect(sameMoments([quoted], [{ ...quoted, quote: undefined }])).toBe(false);
});
