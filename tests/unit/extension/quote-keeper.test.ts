import { beforeEach, expect, test } from 'vitest';
import type { QuoteLine, TranscriptLine } from '../../../lib/domain/model';
import type { CaptionQuoteReply } from '../../../lib/extension/captions/caption-messages';
import {
  createQuoteKeeper,
  type QuoteKeeperDeps,
} from '../../../lib/extension/captions/quote-keeper';

const line = (speaker: string, text: string, startedAt: number, endedAt = startedAt + 500) =>
  ({ speaker, text, mine: speaker === 'You', startedAt, endedAt }) satisfies TranscriptLine;

let clock = 100_000;
let enabled = true;
let live: string | null = 'call-1';
let reply: CaptionQuoteReply | null = null;
const asked: Array<[number, number]> = [];
const quotes: Array<[string, string, QuoteLine[]]> = [];
/** What each write said it replaces, in order. */
const replacing: Array<QuoteLine[] | null> = [];
const stored: Array<[string, TranscriptLine[]]> = [];

const deps: QuoteKeeperDeps = {
  enabled: async () => enabled,
  liveCallId: async () => live,
  leadTimeMs: async () => 5_000,
  async askQuote(from, to) {
    asked.push([from, to]);
    return reply;
  },
  async attachQuote(callId, momentId, quote, replaced) {
    quotes.push([callId, momentId, quote]);
    replacing.push(replaced);
  },
  async recordCaptionLines(callId, lines) {
    stored.push([callId, lines]);
  },
  now: () => clock,
  onError: (what, error) => {
    throw new Error(`${what}: ${String(error)}`);
  },
};

beforeEach(() => {
  clock = 100_000;
  enabled = true;
  live = 'call-1';
  reply = null;
  for (const list of [asked, quotes, stored, replacing]) list.length = 0;
});

test('finished lines are stored for the live call only, and only while quotes are on', async () => {
  const keeper = createQuoteKeeper(deps);
  await keeper.onLines([line('Dana', 'Hello there.', 1)]);
  live = null;
  await keeper.onLines([line('Dana', 'Between calls.', 2)]);
  live = 'call-1';
  enabled = false;
  await keeper.onLines([line('Dana', 'After switching off.', 3)]);
  expect(stored.map(([id, lines]) => [id, lines.map((l) => l.text)])).toEqual([
    ['call-1', ['Hello there.']],
  ]);
});

test('a tag is quoted with the lines of its window, from the lead time to the press', async () => {
  reply = { lines: [line('Dana', 'Could you send the deck?', 96_000)], inProgress: null };
  const keeper = createQuoteKeeper(deps);
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  expect(asked).toEqual([[94_000, 100_000]]);
  expect(quotes).toEqual([
    ['call-1', 'm1', [{ speaker: 'Dana', text: 'Could you send the deck?', mine: false }]],
  ]);
});

test('no meeting tab, or nothing said: no quote written; quotes off: not even asked', async () => {
  const keeper = createQuoteKeeper(deps);
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  reply = { lines: [], inProgress: null };
  await keeper.onTagged({ callId: 'call-1', momentId: 'm2', pressedAt: 99_000 });
  enabled = false;
  await keeper.onTagged({ callId: 'call-1', momentId: 'm3', pressedAt: 99_000 });
  expect(asked).toHaveLength(2);
  expect(quotes).toEqual([]);
});

test('pressed mid-sentence: written at once with the partial, again when it finishes', async () => {
  const partial = line('Dana', 'could you send', 98_000, 99_000);
  reply = { lines: [line('You', 'Sure.', 96_000)], inProgress: partial };
  const keeper = createQuoteKeeper(deps);
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  await keeper.onLines([{ ...partial, text: 'could you send the deck?', endedAt: 101_000 }]);
  expect(quotes.map(([, id, q]) => [id, q.map((l) => l.text)])).toEqual([
    ['m1', ['Sure.', 'could you send']],
    ['m1', ['Sure.', 'could you send the deck?']],
  ]);
});

test('each write names the quote it replaces: none at first, then the partial it wrote', async () => {
  const partial = line('Dana', 'could you send', 98_000, 99_000);
  reply = { lines: [], inProgress: partial };
  const keeper = createQuoteKeeper(deps);
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  await keeper.onLines([{ ...partial, text: 'could you send the deck?', endedAt: 101_000 }]);
  expect(replacing.map((q) => q?.map((l) => l.text) ?? null)).toEqual([null, ['could you send']]);
});

test('the sentence that finished before the quote was set up still completes it', async () => {
  const partial = line('Dana', 'could you send', 98_000, 99_000);
  const keeper = createQuoteKeeper(deps);
  await keeper.onLines([{ ...partial, text: 'could you send it?' }]);
  reply = { lines: [], inProgress: partial };
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  expect(quotes.map(([, , q]) => q.map((l) => l.text))).toEqual([
    ['could you send'],
    ['could you send it?'],
  ]);
});

test('a sentence that never finishes within 20 s keeps its partial quote', async () => {
  const partial = line('Dana', 'could you send', 98_000, 99_000);
  reply = { lines: [], inProgress: partial };
  const keeper = createQuoteKeeper(deps);
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  clock += 20_000;
  await keeper.onLines([{ ...partial, text: 'could you send it?' }]);
  expect(quotes).toHaveLength(1);
});

test('a tag that comes with its quote (an accepted suggestion) keeps it, unasked', async () => {
  const keeper = createQuoteKeeper(deps);
  const quote = [{ speaker: 'Dana', text: 'Could you send it?', mine: false }];
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000, quote });
  expect(asked).toEqual([]);
  expect(quotes).toEqual([['call-1', 'm1', quote]]);
});

test('another speaker’s line first seen in the same read does not pass for the finished sentence', async () => {
  const partial = line('Dana', 'how do you price', 98_000, 99_000);
  reply = { lines: [line('You', 'Let me check.', 98_000)], inProgress: partial };
  const keeper = createQuoteKeeper(deps);
  await keeper.onTagged({ callId: 'call-1', momentId: 'm1', pressedAt: 99_000 });
  await keeper.onLines([{ ...partial, text: 'how do you price it?' }]);
  expect(quotes.map(([, , q]) => q.map((l) => l.text))).toEqual([
    ['Let me check.', 'how do you price'],
    ['Let me check.', 'how do you price it?'],
  ]);
});
