import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { transcriptOf } from '../../../lib/db/quotes-repository';
import type { Call, Moment } from '../../../lib/domain/model';
import { transcriptItems, type TranscriptItem } from '../../../lib/domain/quotes/transcript';
import { useDatabase } from '../../app-context/database-context';
import { TranscriptRow } from './transcript-row';
import './quotes.css';
import '../../../lib/domain/i18n/messages-en-review';
import { useT } from '../../app-context/i18n-context';

/** Up to this many rows render at once; a longer transcript renders only the rows in view. */
const VIRTUAL_FROM = 150;
const ROW_ESTIMATE = 28;

/**
 * The call's kept caption transcript with its tags placed at their times, and Previous/Next
 * buttons that move the view and the focus from tag to tag. Nothing when none was kept.
 */
export function TranscriptSection({ call, moments }: { call: Call; moments: readonly Moment[] }) {
  const db = useDatabase();
  const t = useT();
  const lines = useLiveQuery(() => transcriptOf(db, call.id), [db, call.id]);
  const items = useMemo(
    () => transcriptItems(lines ?? [], moments, call.startedAt),
    [lines, moments, call.startedAt],
  );
  if (!lines || lines.length === 0) return null;
  return (
    <section className="card transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading" className="section-heading">
        {t('quotes.transcript.heading')} <span className="count">{lines.length}</span>
      </h2>
      <TranscriptBody items={items} />
    </section>
  );
}

/** Previous and Next tag, and where the user is among the tags. */
function TagNav({
  current,
  count,
  onGo,
}: {
  current: number;
  count: number;
  onGo: (tag: number) => void;
}) {
  const t = useT();
  if (count === 0) return null;
  return (
    <div className="transcript-nav">
      <button
        type="button"
        className="small-button"
        disabled={current <= 0}
        onClick={() => onGo(current - 1)}
      >
        <ChevronUp size={14} aria-hidden="true" /> {t('quotes.transcript.previous')}
      </button>
      <button
        type="button"
        className="small-button"
        disabled={current >= count - 1}
        onClick={() => onGo(current + 1)}
      >
        <ChevronDown size={14} aria-hidden="true" /> {t('quotes.transcript.next')}
      </button>
      <span className="hint" aria-live="polite">
        {current >= 0
          ? t('quotes.transcript.position', { current: current + 1, count })
          : t('quotes.transcript.tags', { count })}
      </span>
    </div>
  );
}

/** The element-scrolled virtualizer, counting no rows when the list is short enough to render whole. */
function useTranscriptVirtualizer(count: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = count > VIRTUAL_FROM;
  // React Compiler cannot memoise what TanStack Virtual returns and leaves this small hook
  // uncompiled, which is what it needs: its rows must follow every scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
  });
  return { scrollRef, virtual, virtualizer };
}

function TranscriptBody({ items }: { items: readonly TranscriptItem[] }) {
  const t = useT();
  const { scrollRef, virtual, virtualizer } = useTranscriptVirtualizer(items.length);
  const tagIndexes = useMemo(
    () => items.flatMap((item, i) => (item.type === 'tag' ? [i] : [])),
    [items],
  );
  const [current, setCurrent] = useState(-1);

  function goTo(tag: number): void {
    const index = tagIndexes[tag];
    if (index === undefined) return;
    setCurrent(tag);
    const focus = () =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
    if (!virtual) return focus();
    virtualizer.scrollToIndex(index, { align: 'center' });
    // The row exists once the virtualizer has rendered the rows around it.
    requestAnimationFrame(() => requestAnimationFrame(focus));
  }

  const rows = virtual
    ? virtualizer.getVirtualItems().map((v) => ({ index: v.index, start: v.start }))
    : items.map((_, index) => ({ index, start: undefined }));
  return (
    <>
      <TagNav current={current} count={tagIndexes.length} onGo={goTo} />
      <div
        ref={scrollRef}
        className="transcript-scroll"
        // A region that scrolls takes focus, so the keyboard scrolls it too (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={t('quotes.transcript.lines')}
      >
        <ol
          className="transcript-lines"
          style={virtual ? { height: virtualizer.getTotalSize(), position: 'relative' } : undefined}
        >
          {rows.map(({ index, start }) => {
            const item = items[index];
            if (!item) return null;
            return (
              <TranscriptRow
                key={item.type === 'tag' ? `t${item.moment.id}` : `l${index}`}
                item={item}
                index={index}
                measure={virtual ? virtualizer.measureElement : undefined}
                top={start}
              />
            );
          })}
        </ol>
      </div>
    </>
  );
}
