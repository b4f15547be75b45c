import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { deleteCall, undo } from '../../../lib/db/deletions-repository';
import { historyCallIds } from '../../../lib/db/history-query';
import {
  addMoment,
  deleteMoment,
  restoreMoment,
  updateMoment,
} from '../../../lib/db/moments-repository';
import { appDatabase } from '../../../lib/db/app-database';
import {
  attachQuote,
  attachQuoteIn,
  recordCaptionLines,
  recordSuggestionOutcome,
  recordCaptionLinesIn,
  recordSuggestionOutcomeIn,
  suggestionOutcomes,
  transcriptOf,
} from '../../../lib/db/quotes-repository';
import {
  getPreferences,
  resetSettings,
  restoreSettings,
  setPreference,
} from '../../../lib/db/settings-repository';
import { NO_FILTERS } from '../../../lib/domain/history-filters';
import type { QuoteLine, TranscriptLine } from '../../../lib/domain/model';
import { freshDatabase } from '../support/fresh-database';
import { storedMoment } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const dana: QuoteLine = { speaker: 'Dana', text: 'could you send the deck', mine: false };
const line = (text: string, mine: boolean, at = 1_000): TranscriptLine => ({
  speaker: mine ? 'You' : 'Dana',
  text,
  mine,
  startedAt: at,
  endedAt: at + 500,
});

async function taggedCall() {
  const { call } = await startCall(db, { title: 'Intro' }, 0);
  const moment = await addMoment(db, call.id, { side: 'them', kind: 'request', pressedAt: 9_000 });
  return { call, moment };
}

const search = (q: string) => historyCallIds(db, { ...NO_FILTERS, q });

describe('attachQuoteIn', () => {
  test('sets the quote; a later one for the same moment replaces it; search finds its words', async () => {
    const { call, moment } = await taggedCall();
    await attachQuoteIn(db, call.id, moment.id, [{ ...dana, text: 'could you send' }]);
    await attachQuoteIn(db, call.id, moment.id, [dana]);
    expect((await storedMoment(db, moment.id))?.quote).toEqual([dana]);
    expect(await search('deck')).toEqual([call.id]);
    expect(await search('dana')).toEqual([call.id]);
    // The tally is as it was: a quote changes no count.
    expect((await db.calls.get(call.id))?.tally.total).toBe(1);
  });

  test('an empty quote removes it, and its words leave the search index', async () => {
    const { call, moment } = await taggedCall();
    await attachQuoteIn(db, call.id, moment.id, [dana]);
    await attachQuoteIn(db, call.id, moment.id, [{ ...dana, text: '   ' }]);
    expect((await storedMoment(db, moment.id))?.quote).toBeUndefined();
    expect(await search('deck')).toEqual([]);
  });

  test('a finished sentence does not bring back a quote the user removed, nor overwrite their edit', async () => {
    const { call, moment } = await taggedCall();
    const partial = [{ ...dana, text: 'could you send' }];
    await attachQuoteIn(db, call.id, moment.id, partial, null);
    await updateMoment(db, moment, { quote: null });
    await attachQuoteIn(db, call.id, moment.id, [dana], partial);
    expect((await storedMoment(db, moment.id))?.quote).toBeUndefined();

    const edited = [{ ...dana, text: 'send the deck by Friday' }];
    await attachQuoteIn(db, call.id, moment.id, partial, null);
    await updateMoment(db, moment, { quote: edited });
    await attachQuoteIn(db, call.id, moment.id, [dana], partial);
    expect((await storedMoment(db, moment.id))?.quote).toEqual(edited);
  });

  test('replacing the partial it wrote, the finished sentence lands; a first quote never overwrites one', async () => {
    const { call, moment } = await taggedCall();
    const partial = [{ ...dana, text: '  could you   send ' }];
    await attachQuoteIn(db, call.id, moment.id, partial, null);
    await attachQuoteIn(db, call.id, moment.id, [dana], partial);
    expect((await storedMoment(db, moment.id))?.quote).toEqual([dana]);
    await attachQuoteIn(db, call.id, moment.id, partial, null);
    expect((await storedMoment(db, moment.id))?.quote).toEqual([dana]);
  });

  test('does nothing when the moment or the call is gone', async () => {
    const { call, moment } = await taggedCall();
    await deleteMoment(db, moment);
    await expect(attachQuoteIn(db, call.id, moment.id, [dana])).resolves.toBeUndefined();
    await expect(attachQuoteIn(db, 'gone', moment.id, [dana])).resolves.toBeUndefined();
    expect(await storedMoment(db, moment.id)).toBeUndefined();
    expect(await db.calls.count()).toBe(1);
  });
});

describe('editing a quote like a note', () => {
  test('updateMoment edits or removes the quote; undo of a delete brings it back', async () => {
    const { call, moment } = await taggedCall();
    await attachQuoteIn(db, call.id, moment.id, [dana]);
    await updateMoment(db, moment, { quote: [{ ...dana, text: 'send the pricing sheet' }] });
    expect(await search('pricing')).toEqual([call.id]);
    expect(await search('deck')).toEqual([]);
    await updateMoment(db, moment, { quote: null });
    expect((await storedMoment(db, moment.id))?.quote).toBeUndefined();
    await attachQuoteIn(db, call.id, moment.id, [dana]);
    const removed = await deleteMoment(db, moment);
    if (!removed) throw new Error('not deleted');
    await restoreMoment(db, removed);
    expect((await storedMoment(db, moment.id))?.quote).toEqual([dana]);
    expect(await search('deck')).toEqual([call.id]);
  });

  test('dismissing the speaker’s side is kept on the moment', async () => {
    const { moment } = await taggedCall();
    await updateMoment(db, moment, { quoteSideDismissed: true });
    expect((await storedMoment(db, moment.id))?.quoteSideDismissed).toBe(true);
  });
});

describe('recordCaptionLinesIn', () => {
  test('counts words and questions per side on the call, keeping no transcript by default', async () => {
    const { call } = await taggedCall();
    await recordCaptionLinesIn(db, call.id, [line('Could you send the deck', false)]);
    await recordCaptionLinesIn(db, call.id, [line('Sure, by Friday.', true), line('', true)]);
    expect((await db.calls.get(call.id))?.captions).toEqual({
      words: { them: 5, me: 3 },
      questions: { them: 1, me: 0 },
      lines: 2,
    });
    expect(await db.transcripts.count()).toBe(0);
  });

  test('with "keep the whole transcript" on, appends the lines in order', async () => {
    const { call } = await taggedCall();
    await setPreference(db, 'captionsKept', 'transcript');
    const [a, b, c] = [line('one', false, 1), line('two', true, 2), line('three', false, 3)];
    await recordCaptionLinesIn(db, call.id, [a, b]);
    await recordCaptionLinesIn(db, call.id, [c]);
    expect(await transcriptOf(db, call.id)).toEqual([a, b, c]);
  });

  test('does nothing for a call that is gone', async () => {
    await setPreference(db, 'captionsKept', 'transcript');
    await recordCaptionLinesIn(db, 'gone', [line('hello', false)]);
    expect(await db.calls.count()).toBe(0);
    expect(await db.transcripts.count()).toBe(0);
  });

  test('deleting a call takes its transcript; undo puts it back', async () => {
    const { call } = await taggedCall();
    await endCall(db, call.id, 60_000);
    await setPreference(db, 'captionsKept', 'transcript');
    await recordCaptionLinesIn(db, call.id, [line('hello there', false)]);
    const deleted = await deleteCall(db, call.id);
    expect(await db.transcripts.count()).toBe(0);
    await undo(db, deleted);
    expect(await transcriptOf(db, call.id)).toEqual([line('hello there', false)]);
  });
});

describe('suggestion outcomes', () => {
  test('counts accepted and ignored per kind; none to begin with', async () => {
    expect(await suggestionOutcomes(db)).toEqual({});
    await recordSuggestionOutcomeIn(db, 'request', true);
    await recordSuggestionOutcomeIn(db, 'request', false);
    await recordSuggestionOutcomeIn(db, 'request', false);
    await recordSuggestionOutcomeIn(db, 'value', true);
    expect(await suggestionOutcomes(db)).toEqual({
      request: { accepted: 1, ignored: 2 },
      value: { accepted: 1, ignored: 0 },
    });
  });

  test('a malformed stored value reads as no counts', async () => {
    await db.settings.put({ key: 'suggestionOutcomes', value: [1, 2] });
    expect(await suggestionOutcomes(db)).toEqual({});
    await db.settings.put({
      key: 'suggestionOutcomes',
      value: { x: { accepted: -1, ignored: 'a' } },
    });
    expect(await suggestionOutcomes(db)).toEqual({ x: { accepted: 0, ignored: 0 } });
  });
});

describe('resetting the settings', () => {
  test('keeps the suggestion counts (a record, not a setting), through reset and Undo', async () => {
    await setPreference(db, 'captionsKept', 'transcript');
    await recordSuggestionOutcomeIn(db, 'request', true);
    const removed = await resetSettings(db);
    expect(await suggestionOutcomes(db)).toEqual({ request: { accepted: 1, ignored: 0 } });
    expect((await getPreferences(db)).captionsKept).toBe('quotes');
    await recordSuggestionOutcomeIn(db, 'request', false);
    await restoreSettings(db, removed);
    expect(await suggestionOutcomes(db)).toEqual({ request: { accepted: 1, ignored: 1 } });
    expect((await getPreferences(db)).captionsKept).toBe('transcript');
  });
});

describe('the caption reader’s signatures, on the extension’s database', () => {
  test('attachQuote, recordCaptionLines and recordSuggestionOutcome write to appDatabase()', async () => {
    const app = appDatabase();
    const { call } = await startCall(app, { title: 'App db' }, 0);
    const m = await addMoment(app, call.id, { side: 'them', kind: 'request', pressedAt: 1_000 });
    await attachQuote(call.id, m.id, [dana]);
    await recordCaptionLines(call.id, [line('Could you?', false)]);
    await recordSuggestionOutcome('request', true);
    expect((await storedMoment(app, m.id))?.quote).toEqual([dana]);
    expect((await app.calls.get(call.id))?.captions?.questions.them).toBe(1);
    expect(await suggestionOutcomes(app)).toEqual({ request: { accepted: 1, ignored: 0 } });
    await deleteCall(app, call.id);
    await app.settings.clear();
  });
});
