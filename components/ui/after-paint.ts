/** A hidden page paints no frame: past this, the work runs anyway. */
const HIDDEN_PAGE_MS = 100;

/**
 * Runs `work` once the next frame has painted: the frame's callback runs before its paint,
 * the task queued from it after. For work the user must not wait on to see what they did.
 * Returns a function that cancels it if it has not run.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    cancel();
    work();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(once);
  });
  const fallback = setTimeout(once, HIDDEN_PAGE_MS);
  function cancel(): void {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}
