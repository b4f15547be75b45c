import { useCallback } from 'react';
import type { Moment } from '../../lib/domain/model';
import type { PendingTag } from '../../lib/store/tagging-slice';
import { MomentList } from './moment-list';
import type { Tagger } from './use-tagger';
import { useT } from '../app-context/i18n-context';

/** The call's moments, newest first, with its tags still saving or failed above them. */
export function MomentsSection({
  moments,
  pending,
  tagger,
}: {
  moments: readonly Moment[];
  pending: readonly PendingTag[];
  tagger: Tagger;
}) {
  const onRetry = useCallback((id: string) => void tagger.retry(id), [tagger]);
  const t = useT();
  return (
    <section className="moments-section" aria-labelledby="moments-heading">
      <h2 id="moments-heading" className="section-heading">
        {t('live.moments.heading')} <span className="count">{moments.length}</span>
      </h2>
      <MomentList
        moments={moments}
        pending={pending}
        onRetry={onRetry}
        onDiscard={tagger.discard}
      />
    </section>
  );
}
