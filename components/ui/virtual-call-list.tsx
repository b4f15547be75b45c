import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { callsByIds } from '../../lib/db/history-query';
import type { Call } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { useAfterPaint } from './use-after-paint';
import { CallRowContent } from './call-row-content';
import { damagedCallFields } from '../../lib/domain/record-health';
import { RecordBoundary } from './record-boundary';
import { useSettledValue } from './use-settled-value';
import './call-row.css';
import './virtual-call-list.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-history';

/** A row's height at the browser's default 16px font size. */
export const ROW_HEIGHT = 84;

/** Rows as tall as their text: the row's height scaled by the user's font size. */
function rowHeight(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(root) && root > 0 ? Math.round((ROW_HEIGHT * root) / 16) : ROW_HEIGHT;
}
/** Rows are read in pages, so scrolling reads a page now and then, not a row per frame. */
const PAGE = 40;
/**
 * The rows the window shows before anything is measured (the list counting from the top of
 * the page, see useCallVirtualizer), and one more: what the first screen needs, read before
 * React renders. The rows past them (overscan, then scrolling) are read by page once every
 * call's id is known. Reading only these (13 on a 1000 px window, not a page of 40) is less
 * to read, copy and decode before the first paint (issue 14).
 */
export function firstScreenRows(): number {
  return Math.min(PAGE, Math.ceil(window.innerHeight / rowHeight()) + 1);
}
const NONE: ReadonlyMap<string, Call> = new Map();

/** The window-scrolled virtualizer over `count` rows, and the list element it measures from. */
function useCallVirtualizer(count: number) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Measured in an effect, after the first paint, not in a layout effect before it: there
  // the read forced the page's whole first layout, and the re-render it caused a second one.
  // Until then the list counts from the top of the page, so a window's height of rows already
  // covers the screen. The overscan (rows past it, for scrolling) also waits for that paint:
  // it was a third of the first screen's rendering, for rows no one sees yet.
  useEffect(() => setScrollMargin(listRef.current?.offsetTop ?? 0), []);
  const painted = useAfterPaint();
  const [rowSize] = useState(rowHeight);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowSize,
    overscan: painted ? 6 : 0,
    scrollMargin,
    // The window's size, known before any layout: the first render is then the first screen,
    // not a guess the virtualizer corrects with a second render before the first paint.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  return { listRef, virtualizer };
}

/**
 * Tens of thousands of calls: only the rows near the viewport exist in the DOM, and
 * only their pages are read from the database.
 */
export function VirtualCallList({
  ids,
  partnerNames,
  known = NONE,
  read = true,
  linkPartners = true,
}: {
  ids: readonly string[];
  /** Undefined while the names are read: rows wait for them rather than flash without. */
  partnerNames: ReadonlyMap<string, string> | undefined;
  /** Rows the page has already read (and keeps live): shown without reading them again. */
  known?: ReadonlyMap<string, Call>;
  /** False when `known` holds every row the list may show, so it reads none itself. */
  read?: boolean;
  /** False on a partner's page: every row's partner is the page itself. */
  linkPartners?: boolean;
}) {
  const db = useDatabase();
  const t = useT();
  const { listRef, virtualizer } = useCallVirtualizer(ids.length);
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items.at(-1)?.index ?? 0) / PAGE);
  const pageIds = useMemo(
    () => (read ? ids.slice(firstPage * PAGE, (lastPage + 1) * PAGE) : []),
    [read, ids, firstPage, lastPage],
  );
  const rows = useSettledValue(
    useLiveQuery(() => (pageIds.length === 0 ? [] : callsByIds(db, pageIds)), [db, pageIds]),
  );
  const byId = useMemo(() => new Map((rows ?? []).map((c) => [c.id, c])), [rows]);

  return (
    <div
      ref={listRef}
      role="list"
      aria-label={t('ui.calls.label')}
      className="virtual-list"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const id = ids[item.index] ?? '';
        const call = partnerNames ? (byId.get(id) ?? known.get(id)) : undefined;
        return (
          <div
            key={id}
            role="listitem"
            aria-setsize={ids.length}
            aria-posinset={item.index + 1}
            className="virtual-row"
            style={{
              height: item.size,
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {call && partnerNames ? (
              <RecordBoundary
                target={{ kind: 'call', callId: call.id, title: call.title }}
                damaged={damagedCallFields(call)}
              >
                <div className="call-row">
                  <CallRowContent
                    call={call}
                    partnerName={call.partnerId ? partnerNames.get(call.partnerId) : undefined}
                    linkPartner={linkPartners}
                  />
                </div>
              </RecordBoundary>
            ) : (
              <div className="call-row placeholder" aria-busy="true" />
            )}
          </div>
        );
      })}
    </div>
  );
}
