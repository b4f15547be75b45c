import { SIDES, SIDE_LABELS, type CaptionStats } from '../../../lib/domain/model';
import { talkShare } from '../../../lib/domain/quotes/caption-stats';
import './quotes.css';

function questions(n: number): string {
  return `${n} ${n === 1 ? 'question' : 'questions'}`;
}

/**
 * Each side's share of the words spoken and the questions it asked, read from the call's
 * captions: context beside the verdict, never part of its score. Nothing when captions were
 * not read in the call.
 */
export function TalkShare({ captions }: { captions: CaptionStats | undefined }) {
  const share = captions ? talkShare(captions) : null;
  if (!captions || !share) return null;
  return (
    <section className="card talk-share" aria-labelledby="talk-heading">
      <h2 id="talk-heading" className="section-heading">
        Talk and questions
      </h2>
      <p className="hint">From the meeting’s captions; context only, not part of the verdict.</p>
      <div className="talk-bar" aria-hidden="true">
        <span className="talk-them" style={{ width: `${share.them}%` }} />
        <span className="talk-me" style={{ width: `${share.me}%` }} />
      </div>
      <dl>
        {SIDES.map((side) => (
          <div key={side} style={{ display: 'contents' }}>
            <dt>{SIDE_LABELS[side]}</dt>
            <dd>
              {share[side]}% of the words ({captions.words[side]}) ·{' '}
              {questions(captions.questions[side])}
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        For comparison: in Gong’s study of sales calls, top performers listened about 57% of the
        time.
      </p>
    </section>
  );
}
