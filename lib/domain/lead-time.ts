export const DEFAULT_LEAD_TIME_MS = 5_000;
export const MAX_LEAD_TIME_MS = 60_000;

/**
 * People tag a few seconds after they hear something, so a moment is stamped
 * `leadMs` before the key press — but never before the call started.
 */
export function stampMoment(
  pressedAt: number,
  callStartedAt: number,
  leadMs: number,
): { at: number; offsetMs: number } {
  const lead = Math.min(Math.max(0, leadMs), MAX_LEAD_TIME_MS);
  const at = Math.max(callStartedAt, pressedAt - lead);
  return { at, offsetMs: at - callStartedAt };
}
