import { Square } from 'lucide-react';
import type { Call, Partner } from '../../lib/domain/model';
import { CallTimer } from './call-timer';
import { useT } from '../app-context/i18n-context';

/** Live, the time running, the call's title and partner, and End call. */
export function LiveHeader({
  call,
  partner,
  ending,
  onEnd,
}: {
  call: Call;
  partner: Partner | null | undefined;
  ending: boolean;
  onEnd: () => void;
}) {
  const t = useT();
  return (
    <header className="live-header">
      <div className="live-status">
        <span className="live-dot" aria-hidden="true" />
        <span className="live-word">{t('live.header.live')}</span>
        <CallTimer startedAt={call.startedAt} />
      </div>
      <div className="live-title">
        <h1 title={call.title}>{call.title}</h1>
        {partner ? (
          <span className="partner-name">{t('live.header.with', { name: partner.name })}</span>
        ) : null}
      </div>
      <button type="button" className="danger-button" onClick={onEnd} disabled={ending}>
        <Square size={14} aria-hidden="true" />{' '}
        {ending ? t('live.header.ending') : t('live.header.end')}
      </button>
    </header>
  );
}
