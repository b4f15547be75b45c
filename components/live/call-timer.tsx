import { useEffect, useState } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import { useT } from '../app-context/i18n-context';

/** Re-renders only itself once a second; the rest of the screen stays still. */
export function CallTimer({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  const t = useT();
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time
      className="timer"
      aria-label={t('live.timer')}
      dateTime={`PT${Math.floor((now - startedAt) / 1000)}S`}
    >
      {formatOffset(now - startedAt)}
    </time>
  );
}
