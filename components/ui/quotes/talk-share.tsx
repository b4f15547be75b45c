import { SIDES, type CaptionStats } from '../../../lib/domain/model';
import { SIDE_LABEL_IDS } from '../../../lib/domain/i18n/labels';
import { talkShare } from '../../../lib/domain/quotes/caption-stats';
import './quotes.css';
import '../../../lib/domain/i18n/messages-en-review';
import { useT } from '../../app-context/i18n-context';

/**
 * Each side's share of the words spoken and the questions it asked, read from the call's
 * captions: context beside the verdict, never part of its score. Nothing when captions were
 * not read in the call.
 */
export function TalkShare({ captions }: { captions: CaptionStats | undefined }) {
  const t = useT();
  const share = captions ? talkShare(captions) : null;
  if (!captions || !share) return null;
  return (
    <section className="card talk-share" aria-labelledby="talk-heading">
      <h2 id="talk-heading" className="section-heading">
        {t('quotes.talk.heading')}
      </h2>
      <p className="hint">{t('quotes.talk.hint')}</p>
      <div className="talk-bar" aria-hidden="true">
        <span className="talk-them" style={{ width: `${share.them}%` }} />
        <span className="talk-me" style={{ width: `${share.me}%` }} />
      </div>
      <dl>
        {SIDES.map((side) => (
          <div key={side} style={{ display: 'contents' }}>
            <dt>{t(SIDE_LABEL_IDS[side])}</dt>
            <dd>
              {t('quotes.talk.share', {
                percent: share[side],
                words: captions.words[side],
                count: captions.questions[side],
              })}
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('quotes.talk.gong')}</p>
    </section>
  );
}
