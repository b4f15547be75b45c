import { formatOffset } from '../../../lib/domain/format-time';
import { SIDE_LABEL_IDS } from '../../../lib/domain/i18n/labels';
import type { TranscriptItem } from '../../../lib/domain/quotes/transcript';
import { useKindOf } from '../../app-context/settings-context';
import { KindIcon } from '../kind-icon';
import { useT } from '../../app-context/i18n-context';
import '../../../lib/domain/i18n/messages-en-review';

/** One transcript row: a caption line, or a tag at its place (focusable, for Previous/Next). */
export function TranscriptRow({
  item,
  index,
  measure,
  top,
}: {
  item: TranscriptItem;
  index: number;
  measure: ((element: Element | null) => void) | undefined;
  /** Where a virtualised row sits; undefined when the list is not virtualised. */
  top: number | undefined;
}) {
  const kindOf = useKindOf();
  const t = useT();
  const style =
    top === undefined
      ? undefined
      : ({
          position: 'absolute',
          top: 0,
          left: 0,
          right: 0,
          transform: `translateY(${top}px)`,
        } as const);
  if (item.type === 'tag') {
    const { moment } = item;
    const kind = kindOf(moment.kind);
    return (
      <li ref={measure} data-index={index} className="transcript-tag" tabIndex={-1} style={style}>
        <span className="offset">{formatOffset(item.offsetMs)}</span>
        <span className={`side-chip side-${moment.side}`}>{t(SIDE_LABEL_IDS[moment.side])}</span>
        <span className={`kind-chip tone-${kind.tone}`}>
          <KindIcon kind={moment.kind} size={12} />
          {kind.short}
        </span>
        <span className="visually-hidden">{t('quotes.transcript.taggedHere')}</span>
      </li>
    );
  }
  const { line } = item;
  return (
    <li
      ref={measure}
      data-index={index}
      className={`transcript-line${line.mine ? ' mine' : ''}`}
      style={style}
    >
      <span className="offset">{formatOffset(item.offsetMs)}</span>
      <span>
        {line.speaker ? <span className="quote-speaker">{line.speaker}: </span> : null}
        {line.text}
      </span>
    </li>
  );
}
