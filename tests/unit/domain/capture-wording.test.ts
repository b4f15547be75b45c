import { expect, test } from 'vitest';
import {
  captureNeedsAttention,
  captureStatusText,
  type CaptureView,
} from '../../../lib/domain/captions/capture-wording';

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
  expect(captureStatusText(view)).toBe(text);
  expect(captureNeedsAttention(view)).toBe(attention);
});
