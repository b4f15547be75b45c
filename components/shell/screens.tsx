import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { getLiveCall } from '../../lib/db/calls-repository';
import { useStore } from '../../lib/store/store';
import { LiveCallScreen } from '../live/live-call-screen';
import { UnsavedTagsNotice } from '../live/unsaved-tags-notice';
import { useDatabase } from '../app-context/database-context';
import { HomeScreen } from './home-screen';
import { useLiveBadge } from './use-live-badge';
import { APP_NAME, useScreenChange, type ScreenTitle } from './use-screen-change';
import { UndoNotice } from '../ui/undo-notice';
import { RecordBoundary } from '../ui/record-boundary';
import { damagedCallFields } from '../../lib/domain/record-health';

// Loaded when first opened, not with the panel: a call's page and the settings are not
// needed to start tagging, and the panel's first paint is what a user waits for.
const CallPage = lazy(() => import('../review/call-page').then((m) => ({ default: m.CallPage })));
const PanelSettings = lazy(() =>
  import('./panel-settings').then((m) => ({ default: m.PanelSettings })),
);

function Loading({ what }: { what: string }) {
  return (
    <main className="screen loading" aria-busy="true">
      <p className="hint">{what}</p>
    </main>
  );
}

/** The window's title on each screen, from its heading (a call's title). */
const TITLES = {
  live: (heading) => `${heading ?? 'Call'} — live call`,
  call: (heading) => (heading ? `${heading} — call` : 'Call'),
  settings: () => 'Settings',
  home: () => APP_NAME,
} satisfies Record<string, ScreenTitle>;

/** Which screen to show: the live call wins, wherever it was started. */
export function Screens() {
  const db = useDatabase();
  // Wrapped so that "no live call" (null) differs from "still loading" (undefined).
  const live = useLiveQuery(async () => ({ call: (await getLiveCall(db)) ?? null }), [db]);
  const view = useStore((s) => s.view);
  const goHome = useStore((s) => s.goHome);
  useLiveBadge(live === undefined ? undefined : (live.call?.tally.total ?? null));
  const screen = !live
    ? null
    : live.call
      ? ({ name: 'live', key: `live:${live.call.id}` } as const)
      : view.name === 'call'
        ? ({ name: 'call', key: `call:${view.callId}` } as const)
        : ({ name: view.name, key: view.name } as const);
  useScreenChange(screen?.key ?? null, TITLES[screen?.name ?? 'home']);

  if (!live) return <Loading what="Opening your calls…" />;
  return (
    <Suspense fallback={<Loading what="Opening…" />}>
      <UnsavedTagsNotice liveCallId={live.call?.id ?? null} />
      {live.call ? (
        // A damaged live call would otherwise hold the panel: nothing else can be started.
        <RecordBoundary
          key={live.call.id}
          target={{ kind: 'call', callId: live.call.id, title: live.call.title }}
          damaged={damagedCallFields(live.call)}
          variant="page"
        >
          <LiveCallScreen call={live.call} />
        </RecordBoundary>
      ) : view.name === 'call' ? (
        <RecordBoundary
          key={view.callId}
          target={{ kind: 'call', callId: view.callId }}
          variant="page"
          onLeave={goHome}
        >
          <CallPage callId={view.callId} />
        </RecordBoundary>
      ) : view.name === 'settings' ? (
        <PanelSettings />
      ) : (
        <HomeScreen />
      )}
      <UndoNotice />
    </Suspense>
  );
}
