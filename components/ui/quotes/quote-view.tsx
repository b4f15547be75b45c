import { X } from 'lucide-react';
import { useId, useState } from 'react';
import type { QuoteLine } from '../../../lib/domain/model';
import './quotes.css';
import { useT } from '../../app-context/i18n-context';

/** Past this many characters, or lines, a quote shows its start with a "more" toggle. */
const CLAMP_CHARS = 160;
const CLAMP_LINES = 2;

function isLong(quote: readonly QuoteLine[]): boolean {
  const chars = quote.reduce((n, l) => n + l.speaker.length + l.text.length + 2, 0);
  return quote.length > CLAMP_LINES || chars > CLAMP_CHARS;
}

/**
 * The words behind a tag, under the moment: "Dana: “could you send the deck”", muted, a long
 * quote clamped to two lines until the user asks for more.
 */
export function QuoteView({
  quote,
  onRemove,
}: {
  quote: readonly QuoteLine[];
  /** Offers a button that removes the quote (the live list, where there is no editor). */
  onRemove?: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (quote.length === 0) return null;
  const long = isLong(quote);
  return (
    <div className="moment-quote">
      <blockquote id={id} className={long && !open ? 'clamped' : undefined}>
        {quote.map((line, i) => (
          <p key={i}>
            {line.speaker ? <span className="quote-speaker">{line.speaker}: </span> : null}
            <q>{line.text}</q>
          </p>
        ))}
      </blockquote>
      {long ? (
        <button
          type="button"
          className="link-button quote-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('quotes.less') : t('quotes.more')}
        </button>
      ) : null}
      {onRemove ? (
        <button
          type="button"
          className="icon-button"
          aria-label={t('quotes.remove')}
          onClick={onRemove}
        >
          <X size={14} aria-hidden="true" />
        </button>
      ) : null}
    </div>
  );
}
