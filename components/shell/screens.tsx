import { useLiveQuery } from 'dexie-react-hooks';
import { getLiveCall } from '../../lib/db/calls-repository';
import { useStore } from '../../lib/store/store';
import { LiveCallScreen } from '../live/live-call-screen';
import { CallPage } from '../review/call-page';
import { useDatabase } from './database-context';
import { HomeScreen } from './home-screen';
import { PanelSettings } from './panel-settings';
import { useLiveBadge } from './use-live-badge';
import { UndoNotice } from '../ui/undo-notice';

/** Which screen to show: the live call wins, wherever it was started. */
export function Screens() {
  const db = useDatabase();
  // Wrapped so that "no live call" (null) differs from "still loading" (undefined).
  const live = useLiveQuery(async () => ({ call: (await getLiveCall(db)) ?? null }), [db]);
  const view = useStore((s) => s.view);
  useLiveBadge(live === undefined ? undefined : (live.call?.tally.total ?? null));

  if (!live) {
    return (
      <main className="screen loading" aria-busy="true">
        <p className="hint">Opening your calls…</p>
      </main>
    );
  }
  return (
    <>
      {live.call ? (
        <LiveCallScreen call={live.call} />
      ) : view.name === 'call' ? (
        <CallPage callId={view.callId} />
      ) : view.name === 'settings' ? (
        <PanelSettings />
      ) : (
        <HomeScreen />
      )}
      <UndoNotice />
    </>
  );
}
