import { beforeAll, expect, test } from 'vitest';
import {
  captureNeedsAttention,
  captureStatusMessage,
  type CaptureView,
} from '../../../lib/domain/captions/capture-wording';
import { loadCatalogue, translateMessage } from '../../../lib/domain/i18n/translate';

beforeAll(() => loadCatalogue('de'));

test.each<[CaptureView, string, boolean]>([
  [
    { source: 'reader', platform: 'meet', health: { state: 'reading', speakers: 2 } },
    'Reading captions (Meet, 2 speakers)',
    false,
  ],
  [
    { source: 'reader', platform: 'teams', health: { state: 'reading', speakers: 1 } },
    'Reading captions (Teams, 1 speaker)',
    false,
  ],
  [
    { source: 'reader', platform: 'zoom', health: { state: 'reading', speakers: 0 } },
    'Reading captions (Zoom)',
    false,
  ],
  [
    { source: 'reader', platform: 'meet', health: { state: 'waiting' } },
    'Waiting for captions in Meet — press CC if they are off',
    false,
  ],
  [
    { source: 'reader', platform: 'meet', health: { state: 'captions-off' } },
    'Captions are off in the meeting — press CC',
    true,
  ],
  [
    { source: 'reader', platform: 'teams', health: { state: 'not-recognised', reason: 'stalled' } },
    'Captions not recognised — the meeting page may have changed',
    true,
  ],
  [{ source: 'reader', platform: 'meet', health: { state: 'no-meeting' } }, 'No meeting tab', true],
  [{ source: 'none' }, 'No meeting tab', true],
  [
    { source: 'no-access' },
    'No access to the meeting sites — switch off and on again to allow it',
    true,
  ],
  [{ source: 'unsupported', platform: 'webex' }, 'Captions from Webex are not supported yet', true],
])('%j reads %j', (view, text, attention) => {
  expect(translateMessage('en', captureStatusMessage(view))).toBe(text);
  expect(captureNeedsAttention(view)).toBe(attention);
});

test.each<[CaptureView, string]>([
  [
    { source: 'reader', platform: 'meet', health: { state: 'reading', speakers: 2 } },
    'Untertitel werden gelesen (Meet, 2 Personen sprechen)',
  ],
  [
    { source: 'reader', platform: 'teams', health: { state: 'reading', speakers: 1 } },
    'Untertitel werden gelesen (Teams, 1 Person spricht)',
  ],
  [
    { source: 'reader', platform: 'other', health: { state: 'waiting' } },
    'Warten auf Untertitel (Meeting) – drücken Sie CC, falls sie aus sind',
  ],
  [
    { source: 'unsupported', platform: 'webex' },
    'Untertitel (Webex) werden noch nicht unterstützt',
  ],
  [{ source: 'none' }, 'Kein Meeting-Tab'],
])('%j reads %j in German', (view, text) => {
  expect(translateMessage('de', captureStatusMessage(view))).toBe(text);
});

test('an unnamed platform is named in words', () => {
  const view: CaptureView = { source: 'reader', platform: 'other', health: { state: 'waiting' } };
  expect(translateMessage('en', captureStatusMessage(view))).toBe(
    'Waiting for captions in the meeting — press CC if they are off',
  );
});
