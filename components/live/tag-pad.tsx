import { memo } from 'react';
import { visibleKinds, type Catalogue, type CatalogueKind } from '../../lib/domain/catalogue';
import type { Side } from '../../lib/domain/model';
import { KindIcon } from '../ui/kind-icon';
import { Kbd } from '../ui/kbd';
import '../ui/kind-button.css';
import { useT } from '../app-context/i18n-context';

function TagButton({
  side,
  sideLabel,
  kind,
  onTag,
}: {
  side: Side;
  sideLabel: string;
  kind: CatalogueKind;
  onTag: (side: Side, kind: string) => void;
}) {
  const upper = kind.key.toUpperCase();
  return (
    <button
      type="button"
      className={`tag-button tone-${kind.tone}`}
      onClick={() => onTag(side, kind.id)}
      title={`${sideLabel}: ${kind.meaning}`}
      aria-keyshortcuts={upper ? (side === 'them' ? upper : `Shift+${upper}`) : undefined}
      aria-label={`${sideLabel}: ${kind.label}`}
    >
      <KindIcon kind={kind.id} />
      <span className="tag-label">{kind.short}</span>
      {upper ? <Kbd>{side === 'them' ? upper : `⇧${upper}`}</Kbd> : null}
    </button>
  );
}

/**
 * Every kind on the user's pad, for both sides, one click or one key each. Memoised:
 * it re-renders only when the catalogue or the side names change, never per tag.
 */
export const TagPad = memo(function TagPad({
  catalogue,
  sideLabels,
  onTag,
}: {
  catalogue: Catalogue;
  sideLabels: Readonly<Record<Side, string>>;
  onTag: (side: Side, kind: string) => void;
}) {
  const kinds = visibleKinds(catalogue);
  const t = useT();
  return (
    <section className="tag-pad" aria-label={t('live.pad.label')}>
      {(['them', 'me'] as const).map((side) => (
        <div
          key={side}
          className={`tag-column side-${side}`}
          role="group"
          aria-label={sideLabels[side]}
        >
          <h2 className="tag-column-heading">{sideLabels[side]}</h2>
          {kinds.map((kind) => (
            <TagButton
              key={kind.id}
              side={side}
              sideLabel={sideLabels[side]}
              kind={kind}
              onTag={onTag}
            />
          ))}
        </div>
      ))}
    </section>
  );
});
