import { Square } from 'lucide-react';
import type { Call, Partner } from '../../lib/domain/model';
import { CallTimer } from './call-timer';

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
  return (
    <header className="live-header">
      <div className="live-status">
        <span className="live-dot" aria-hidden="true" />
        <span className="live-word">Live</span>
        <CallTimer startedAt={call.startedAt} />
      </div>
      <div className="live-title">
        <h1 title={call.title}>{call.title}</h1>
        {partner ? <span className="partner-name">with {partner.name}</span> : null}
      </div>
      <button type="button" className="danger-button" onClick={onEnd} disabled={ending}>
        <Square size={14} aria-hidden="true" /> {ending ? 'Ending…' : 'End call'}
      </button>
    </header>
  );
}
