import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { CaptureHealth } from '../../../lib/domain/captions/capture-health';
import type { CaptionLine } from '../../../lib/domain/captions/caption-stream';
import type { CaptionAdapter } from '../../../lib/extension/captions/caption-adapter';
import {
  startCaptionReader,
  type CaptionReader,
} from '../../../lib/extension/captions/caption-reader';
import { meetAdapter } from '../../../lib/extension/captions/meet-adapter';
import { zoomAdapter } from '../../../lib/extension/captions/zoom-adapter';
import { loadCaptionFixture } from '../support/caption-fixtures';

let reader: CaptionReader | undefined;
const lines: CaptionLine[] = [];
const health: Array<[CaptureHealth, number | null]> = [];

function start(adapter: CaptionAdapter): CaptionReader {
  reader = startCaptionReader(
    { document, adapter },
    { onLines: (l) => lines.push(...l), onHealth: (h, link) => health.push([h, link]) },
  );
  return reader;
}
const said = () => lines.map((l) => `${l.speaker}: ${l.text}`);
const captions = () => document.querySelector('#captions') as HTMLElement;

/** A new Meet caption block, as Meet appends one when someone starts speaking. */
function speak(speaker: string, text: string): HTMLElement {
  const block = document.createElement('div');
  block.className = 'nMcdL';
  block.innerHTML = `<div class="KcIKyf"><span class="NWpY1d"></span></div><div jsname="tgaKEf" class="bh44bd"></div>`;
  (block.querySelector('.NWpY1d') as HTMLElement).textContent = speaker;
  (block.querySelector('.bh44bd') as HTMLElement).textContent = text;
  captions().insertBefore(block, captions().querySelector('.ui-jump'));
  return block;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  lines.length = 0;
  health.length = 0;
});
afterEach(() => {
  reader?.stop();
  vi.useRealTimers();
});

test('reads the finished lines of a Meet call as they are spoken, corrections and all', async () => {
  loadCaptionFixture('meet');
  start(meetAdapter);
  // The fixture's first block is followed by a newer one: finished at once.
  expect(said()).toEqual(['Dana Smith: Could you send the deck after the call?']);
  expect(health.at(-1)).toEqual([{ state: 'reading', speakers: 1 }, 0]);

  const block = speak('Dana Smith', 'How do you prise');
  await vi.advanceTimersByTimeAsync(50);
  (block.querySelector('.bh44bd') as HTMLElement).textContent = 'How do you price it?';
  await vi.advanceTimersByTimeAsync(150);
  expect(said()).toEqual([
    'Dana Smith: Could you send the deck after the call?',
    'You: Sure, I will send it by Friday.',
  ]);
  expect(reader?.quote(0, Date.now()).inProgress?.text).toBe('How do you price it?');
});

test('a tag quotes the lines spoken in its window, from the tab’s memory', async () => {
  loadCaptionFixture('meet');
  start(meetAdapter);
  const t0 = Date.now();
  await vi.advanceTimersByTimeAsync(10_000);
  speak('Dana Smith', 'Which customers use it?');
  await vi.advanceTimersByTimeAsync(200);
  speak('You', 'I would rather not say.');
  await vi.advanceTimersByTimeAsync(200);
  const quote = reader?.quote(t0 + 5_000, Date.now());
  expect(quote?.lines.map((l) => l.text)).toEqual(['Which customers use it?']);
  expect(quote?.inProgress?.text).toBe('I would rather not say.');
});

test('captions switched off and on: nothing lost, nothing repeated, the new region read', async () => {
  loadCaptionFixture('meet');
  start(meetAdapter);
  const region = captions();
  const copy = region.cloneNode(true) as HTMLElement;
  region.remove();
  await vi.advanceTimersByTimeAsync(2_000);
  expect(said()).toHaveLength(2);
  expect(health.at(-1)?.[0]).toEqual({ state: 'waiting' });
  document.body.append(copy);
  await vi.advanceTimersByTimeAsync(2_000);
  speak('Dana Smith', 'Thanks for that, really helpful.');
  await vi.advanceTimersByTimeAsync(200);
  speak('You', 'Anytime.');
  await vi.advanceTimersByTimeAsync(200);
  expect(said()).toEqual([
    'Dana Smith: Could you send the deck after the call?',
    'You: Sure, I will send it by Friday.',
    'Dana Smith: Thanks for that, really helpful.',
  ]);
});

test('a page that changed: no caption region for 20 s in a running call is said', async () => {
  loadCaptionFixture('meet');
  captions().remove();
  start(meetAdapter);
  expect(health.at(-1)?.[0]).toEqual({ state: 'waiting' });
  await vi.advanceTimersByTimeAsync(20_000);
  expect(health.at(-1)?.[0]).toEqual({ state: 'not-recognised', reason: 'no-region' });
});

test('a page restyled in place: its region keeps changing, nothing is read from it for 20 s, and that is said', async () => {
  loadCaptionFixture('meet');
  start(meetAdapter);
  speak('Dana Smith', 'Could you send the deck?');
  await vi.advanceTimersByTimeAsync(2_000);
  expect(health.at(-1)?.[0]).toMatchObject({ state: 'reading' });
  // The same region, its inside drawn with names the adapter does not know.
  const restyled = document.createElement('div');
  restyled.className = 'caption-line-v2';
  captions().append(restyled);
  for (let second = 0; second <= 24; second += 2) {
    restyled.textContent = `Dana Smith said ${second} words in a new layout`;
    await vi.advanceTimersByTimeAsync(2_000);
    if (second < 18) expect(health.at(-1)?.[0]).toMatchObject({ state: 'reading' });
  }
  expect(health.at(-1)?.[0]).toEqual({ state: 'not-recognised', reason: 'unparsed' });
  // Captions read again: reading again.
  speak('Dana Smith', 'Back to normal.');
  await vi.advanceTimersByTimeAsync(2_000);
  expect(health.at(-1)?.[0]).toMatchObject({ state: 'reading' });
});

test('the call ends: the line in progress is finished and the memory dropped', async () => {
  loadCaptionFixture('meet');
  start(meetAdapter);
  for (const icon of document.querySelectorAll('.google-symbols'))
    if (icon.textContent === 'call_end') icon.remove();
  await vi.advanceTimersByTimeAsync(2_000);
  expect(said()).toHaveLength(2);
  expect(health.at(-1)?.[0]).toEqual({ state: 'no-meeting' });
  expect(reader?.quote(0, Date.now())).toEqual({ lines: [], inProgress: null });
});

test('Zoom’s rolling box becomes whole lines, a new one when the speaker changes', async () => {
  loadCaptionFixture('zoom');
  start(zoomAdapter);
  const box = document.querySelector('.live-transcription-subtitle__box') as HTMLElement;
  const item = box.querySelector('.live-transcription-subtitle__item') as HTMLElement;
  item.textContent = 'send the pilot site list by Friday';
  await vi.advanceTimersByTimeAsync(200);
  (box.querySelector('img') as HTMLImageElement).alt = 'Sam Lee';
  item.textContent = 'great thanks';
  await vi.advanceTimersByTimeAsync(200);
  expect(said()).toEqual(['Dana Smith: we can send the pilot site list by Friday']);
  expect(reader?.quote(0, Date.now()).inProgress).toMatchObject({
    speaker: 'Sam Lee',
    text: 'great thanks',
  });
});

test('a quote asked right as words are drawn includes them, not waiting for the debounce', async () => {
  loadCaptionFixture('meet');
  start(meetAdapter);
  speak('Dana Smith', 'Could you introduce us?');
  // The observer has heard the change (a microtask), its debounced read is still to come.
  await Promise.resolve();
  const quote = reader?.quote(0, Date.now());
  expect(quote?.lines.map((l) => l.text)).toContain('Sure, I will send it by Friday.');
  expect(quote?.inProgress?.text).toBe('Could you introduce us?');
});
