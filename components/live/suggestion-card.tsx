import { useEffect, useRef } from 'react';
import { toQuoteLine } from '../../lib/domain/captions/quote-matching';
import { recordSuggestionOutcome } from '../../lib/db/quotes-repository';
import { useStore } from '../../lib/store/store';
import { useLocale, useT } from '../app-context/i18n-context';
import { useKindOf } from '../app-context/settings-context';
import { Kbd } from '../ui/kbd';
import type { LineSuggestion } from './use-caption-capture';
import { isTyping } from './use-panel-keys';
import { useTimedDismiss } from './use-timed-dismiss';
import type { Tagger } from './use-tagger';
import './suggestion-chip.css';

/** Long enough to read a line and decide; short enough not to linger past the moment. */
export const SUGGESTION_SHOWN_MS = 8_000;
/** A quote in the chip is cut here: the whole line goes on the moment. */
const SHOWN_CHARS = 80;

const shortened = (text: string): string =>
  text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS - 1).trimEnd()}…`;

function record(kind: string, accepted: boolean): void {
  recordSuggestionOutcome(kind, accepted).catch((error: unknown) =>
    console.error('Reciprocity Coach: the suggestion’s outcome was not counted', error),
  );
}

/**
 * Enter accepts and Escape ignores, on the panel's own rules: not while typing in a field,
 * nor while a note is armed (Enter saves it, Escape skips it there).
 */
function useChipKeys(accept: () => void, ignore: () => void): void {
  const actions = useRef({ accept, ignore });
  actions.current = { accept, ignore };
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || isTyping(event.target) || useStore.getState().noteTargetId)
        return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.key === 'Enter') actions.current.accept();
      else if (event.key === 'Escape') actions.current.ignore();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The suggestion itself: who said what, and Tag / Ignore (Enter / Esc). */
export function SuggestionCard({
  suggestion,
  tagger,
  onDone,
}: {
  suggestion: LineSuggestion;
  tagger: Tagger;
  onDone: () => void;
}) {
  const kindOf = useKindOf();
  const t = useT();
  const label = kindOf(suggestion.kind).label;
  // English lowers the kind's name mid-sentence ("Dana — asked for something"); German
  // nouns keep their capital, so a kind named there is left as the user wrote it.
  const kind = useLocale() === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  const who = suggestion.line.mine
    ? t('live.suggestion.you')
    : suggestion.line.speaker || t('live.suggestion.they');
  const accept = () => {
    onDone();
    record(suggestion.kind, true);
    void tagger.tag(suggestion.side, suggestion.kind, undefined, [toQuoteLine(suggestion.line)]);
  };
  const ignore = () => {
    onDone();
    record(suggestion.kind, false);
  };
  useChipKeys(accept, ignore);
  const timed = useTimedDismiss(SUGGESTION_SHOWN_MS, onDone);
  return (
    <div className={`suggestion-chip side-${suggestion.side}`} {...timed}>
      <p className="suggestion-text">
        <strong>{t('live.suggestion.who', { who, kind })}</strong>
        {t('live.suggestion.quote', { quote: shortened(suggestion.line.text) })}
      </p>
      <div className="suggestion-actions">
        <button type="button" className="primary-button" onClick={accept}>
          {t('live.suggestion.tag')} <Kbd>Enter</Kbd>
        </button>
        <button type="button" className="secondary-button" onClick={ignore}>
          {t('live.suggestion.ignore')} <Kbd>Esc</Kbd>
        </button>
      </div>
    </div>
  );
}
