import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type {
  CaptionQuoteReply,
  CaptionStatusReply,
  FromCaptionTab,
} from '../../../lib/extension/captions/caption-messages';
import {
  startCaptionTab,
  type CaptionTab,
  type CaptionTabPort,
} from '../../../lib/extension/captions/caption-tab';
import { loadCaptionFixture } from '../support/caption-fixtures';

let tab: CaptionTab | null = null;
const sent: FromCaptionTab[] = [];
let answer: Parameters<CaptionTabPort['listen']>[0] = () => undefined;
const port: CaptionTabPort = {
  send: (message) => sent.push(message),
  listen(handler) {
    answer = handler;
    return () => (answer = () => undefined);
  },
};

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  sent.length = 0;
});
afterEach(() => {
  tab?.stop();
  tab = null;
  vi.useRealTimers();
});

test('a page no adapter reads is left alone: nothing sent, nothing answered', () => {
  loadCaptionFixture('meet');
  tab = startCaptionTab(document, 'https://acme.webex.com/meet/dana', port);
  expect(tab).toBeNull();
  expect(sent).toEqual([]);
});

test('Meet: lines go out with who said them; You is the user', async () => {
  loadCaptionFixture('meet');
  tab = startCaptionTab(document, 'https://meet.google.com/abc-defg-hij', port);
  expect(sent).toContainEqual({
    type: 'caption-health',
    platform: 'meet',
    health: { state: 'reading', speakers: 1 },
    link: 0,
  });
  const lines = sent.flatMap((m) => (m.type === 'caption-lines' ? m.lines : []));
  expect(lines).toEqual([
    expect.objectContaining({ speaker: 'Dana Smith', mine: false, startedAt: 1_000_000 }),
  ]);
  const quote = answer({ type: 'caption-quote', from: 0, to: Date.now() }) as CaptionQuoteReply;
  expect(quote.lines.map((l) => [l.speaker, l.mine])).toEqual([['Dana Smith', false]]);
  expect(quote.inProgress).toMatchObject({
    speaker: 'You',
    text: 'Sure, I will send it by Friday.',
    mine: true,
  });
});

test('Teams: the author named like the self view is the user', () => {
  loadCaptionFixture('teams');
  tab = startCaptionTab(document, 'https://teams.microsoft.com/v2/', port);
  const quote = answer({ type: 'caption-quote', from: 0, to: Date.now() }) as CaptionQuoteReply;
  expect(quote.lines.map((l) => [l.speaker, l.mine])).toEqual([['Dana Smith', false]]);
  expect(quote.inProgress).toMatchObject({ speaker: 'Sam Lee', mine: true });
});

test('the status answers a panel opened mid-call; other messages are not ours', async () => {
  loadCaptionFixture('teams');
  tab = startCaptionTab(document, 'https://teams.live.com/meet/1', port);
  expect(answer({ type: 'caption-status' })).toEqual({
    platform: 'teams',
    health: { state: 'reading', speakers: 1 },
    link: 0,
  } satisfies CaptionStatusReply);
  expect(answer({ type: 'something-else' })).toBeUndefined();
  expect(answer(null)).toBeUndefined();
  document.querySelector('#hangup-button')?.remove();
  await vi.advanceTimersByTimeAsync(2_000);
  expect(answer({ type: 'caption-status' })).toMatchObject({ health: { state: 'no-meeting' } });
});

test('stopped, it no longer answers', () => {
  loadCaptionFixture('meet');
  tab = startCaptionTab(document, 'https://meet.google.com/abc-defg-hij', port);
  tab?.stop();
  expect(answer({ type: 'caption-status' })).toBeUndefined();
});
