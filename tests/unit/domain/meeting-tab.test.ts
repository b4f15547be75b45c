import { describe, expect, test } from 'vitest';
import { detectPlatform, titleFromTab } from '../../../lib/domain/meeting-tab';

describe('detectPlatform', () => {
  test.each([
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://zoom.us/j/123', 'zoom'],
    ['https://app.zoom.us/wc/123/join', 'zoom'],
    ['https://us02web.zoom.us/j/123', 'zoom'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/meet/123', 'teams'],
    ['https://acme.webex.com/meet/jane', 'webex'],
    ['https://evilzoom.us.example.com/', 'other'],
    ['https://meet.google.com.evil.com/', 'other'],
    ['http://meet.google.com/abc', 'other'],
    ['not a url', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (url, platform) => {
    expect(detectPlatform(url)).toBe(platform);
  });
});

describe('titleFromTab', () => {
  test.each([
    ['Meet - Weekly sync with Acme', 'Weekly sync with Acme'],
    ['Meet – abc-defg-hij', ''],
    ['Google Meet', ''],
    ['Partnership review | Microsoft Teams', 'Partnership review'],
    ['(2) Chat | Microsoft Teams', 'Chat'],
    ['Zoom', ''],
    ['Quarterly check-in - Zoom', 'Quarterly check-in'],
    [undefined, ''],
    ['x'.repeat(500), 'x'.repeat(200)],
  ])('%j → %j', (title, expected) => {
    expect(titleFromTab(title)).toBe(expected);
  });
});
