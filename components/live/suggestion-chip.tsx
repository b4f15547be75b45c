import { lazy, Suspense } from 'react';
import type { LineSuggestion } from './use-caption-capture';
import type { Tagger } from './use-tagger';

// A suggestion comes seconds after captions are switched on, if ever: its card (with the
// outcome counts and quote helpers it uses) loads then, not with the panel.
const SuggestionCard = lazy(() =>
  import('./suggestion-card').then((m) => ({ default: m.SuggestionCard })),
);

/**
 * One suggestion at a time from the captions, gone after a few seconds; it only ever tags
 * when the user says so. The region stays in the page, empty, so a new chip is announced.
 */
export function SuggestionChip({
  suggestion,
  tagger,
  onDone,
}: {
  suggestion: LineSuggestion | null;
  tagger: Tagger;
  onDone: () => void;
}) {
  return (
    <div className="suggestion-region" aria-live="polite">
      {suggestion ? (
        <Suspense fallback={null}>
          <SuggestionCard
            key={suggestion.id}
            suggestion={suggestion}
            tagger={tagger}
            onDone={onDone}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
