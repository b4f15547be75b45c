import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flashBadge, showLiveCount, showWriteFailed } from '../../../lib/extension/badge';

describe('badge', () => {
  test('shows the live count, clears it with null, and says ! on a failed write', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await showLiveCount(3);
    await showLiveCount(null);
    await showWriteFailed();
    expect(text.mock.calls.map(([details]) => details.text)).toEqual(['3', '', '!']);
  });

  test('a flash changes the colour and puts it back', async () => {
    vi.useFakeTimers();
    const colour = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    await flashBadge();
    vi.runAllTimers();
    vi.useRealTimers();
    const colours = colour.mock.calls.map(([details]) => details.color);
    expect(colours).toHaveLength(2);
    expect(colours[0]).not.toBe(colours[1]);
  });
});
