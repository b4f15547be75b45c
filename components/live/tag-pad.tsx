import { memo } from 'react';
import { DEFAULT_KINDS } from '../../lib/domain/moment-kinds';
import type { Side } from '../../lib/domain/model';
import { KindIcon } from '../ui/kind-icon';
import { Kbd } from '../ui/kbd';
import { SIDE_LABELS } from '../ui/side-label';

function TagButton({
  side,
  kind,
  onTag,
}: {
  side: Side;
  kind: (typeof DEFAULT_KINDS)[number];
  onTag: (side: Side, kind: string) => void;
}) {
  const key = side === 'them' ? kind.key.toUpperCase() : `⇧${kind.key.toUpperCase()}`;
  return (
    <button
      type="button"
      className={`tag-button tone-${kind.tone}`}
      onClick={() => onTag(side, kind.id)}
      title={`${SIDE_LABELS[side]}: ${kind.meaning}`}
      aria-keyshortcuts={
        side === 'them' ? kind.key.toUpperCase() : `Shift+${kind.key.toUpperCase()}`
      }
      aria-label={`${SIDE_LABELS[side]}: ${kind.label}`}
    >
      <KindIcon kind={kind.id} />
      <span className="tag-label">{kind.short}</span>
      <Kbd>{key}</Kbd>
    </button>
  );
}

/** Every kind for both sides, one click or one key each. Never re-renders during a call. */
export const TagPad = memo(function TagPad({
  onTag,
}: {
  onTag: (side: Side, kind: string) => void;
}) {
  return (
    <section className="tag-pad" aria-label="Tag a moment">
      {(['them', 'me'] as const).map((side) => (
        <div
          key={side}
          className={`tag-column side-${side}`}
          role="group"
          aria-label={SIDE_LABELS[side]}
        >
          <h2 className="tag-column-heading">{SIDE_LABELS[side]}</h2>
          {DEFAULT_KINDS.map((kind) => (
            <TagButton key={kind.id} side={side} kind={kind} onTag={onTag} />
          ))}
        </div>
      ))}
    </section>
  );
});
