import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterNextPaint } from '../../../components/ui/after-paint';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

test('runs once the next frame has painted, not before', () => {
  const work = vi.fn();
  afterNextPaint(work);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersToNextFrame();
  // The frame's callback runs before its paint; the work comes in a task after it.
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(1_000);
  expect(work).toHaveBeenCalledTimes(1);
});

test('a page that paints no frame (hidden) still runs the work, once', () => {
  const work = vi.fn();
  vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
  afterNextPaint(work);
  vi.advanceTimersByTime(99);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
  vi.restoreAllMocks();
});

test('cancelled, it never runs', () => {
  const work = vi.fn();
  const cancel = afterNextPaint(work);
  cancel();
  vi.advanceTimersByTime(1_000);
  expect(work).not.toHaveBeenCalled();
});
