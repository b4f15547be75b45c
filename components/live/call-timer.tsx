import { useEffect, useState } from 'react';
import { formatOffset } from '../../lib/domain/format-time';

/** Re-renders only itself once a second; the rest of the screen stays still. */
export function CallTimer({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time
      className="timer"
      aria-label="Call duration"
      dateTime={`PT${Math.floor((now - startedAt) / 1000)}S`}
    >
      {formatOffset(now - startedAt)}
    </time>
  );
}
