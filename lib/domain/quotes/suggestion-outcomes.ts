/** Accepted and ignored suggestions of one kind: how the lexicon is judged in use. */
export interface SuggestionOutcome {
  accepted: number;
  ignored: number;
}

/** Per suggested kind (a catalogue kind id). */
export type SuggestionOutcomes = Record<string, SuggestionOutcome>;

/** The settings row that keeps them. */
export const SUGGESTION_OUTCOMES_KEY = 'suggestionOutcomes';

const KIND_MAX = 64;

function count(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/** The counts in a stored value; anything malformed reads as no counts, never an error. */
export function readSuggestionOutcomes(stored: unknown): SuggestionOutcomes {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const outcomes: SuggestionOutcomes = {};
  for (const [kind, value] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null || kind.length > KIND_MAX) continue;
    const { accepted, ignored } = value as Partial<Record<keyof SuggestionOutcome, unknown>>;
    outcomes[kind] = { accepted: count(accepted), ignored: count(ignored) };
  }
  return outcomes;
}

/** `outcomes` with one more accepted or ignored suggestion of `kind`. */
export function addSuggestionOutcome(
  outcomes: SuggestionOutcomes,
  kind: string,
  accepted: boolean,
): SuggestionOutcomes {
  const key = kind.slice(0, KIND_MAX);
  const was: SuggestionOutcome = (Object.hasOwn(outcomes, key) ? outcomes[key] : undefined) ?? {
    accepted: 0,
    ignored: 0,
  };
  return {
    ...outcomes,
    [key]: accepted ? { ...was, accepted: was.accepted + 1 } : { ...was, ignored: was.ignored + 1 },
  };
}
