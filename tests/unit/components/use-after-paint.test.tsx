import { renderHook, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useAfterPaint } from '../../../components/ui/use-after-paint';

test('turns true only after `ready`, one frame later, and stays true', async () => {
  const { result, rerender } = renderHook(({ ready }) => useAfterPaint(ready), {
    initialProps: { ready: false },
  });
  // Not ready: no frame ever flips it.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  expect(result.current).toBe(false);
  rerender({ ready: true });
  expect(result.current).toBe(false);
  await waitFor(() => expect(result.current).toBe(true));
  rerender({ ready: false });
  expect(result.current).toBe(true);
});
