import type { CallOutcome, CallPrep } from './model';

export const PREP_FIELD_MAX = 2_000;

function clean(text: string): string {
  return text.trim().slice(0, PREP_FIELD_MAX);
}

/** Trimmed prep, or undefined when the user filled in nothing. */
export function cleanPrep(prep: CallPrep): CallPrep | undefined {
  const cleaned = { goal: clean(prep.goal), bring: clean(prep.bring), need: clean(prep.need) };
  return cleaned.goal || cleaned.bring || cleaned.need ? cleaned : undefined;
}

export function cleanOutcome(outcome: CallOutcome): CallOutcome {
  return { reached: outcome.reached, why: clean(outcome.why) };
}

export const OUTCOME_LABELS: Record<CallOutcome['reached'], string> = {
  yes: 'Reached the goal',
  partly: 'Partly reached the goal',
  no: 'Did not reach the goal',
};
