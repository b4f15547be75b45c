import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense } from 'react';
import { getLiveCall } from '../../lib/db/calls-repository';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { UnsavedTagsNotice } from '../live/unsaved-tags-notice';
import { UndoNotice } from '../ui/undo-notice';
import { screenEntry, type PanelScreen } from './panel-screens';
import { useLiveBadge } from './use-live-badge';
import { useScreenChange } from './use-screen-change';
import type { MessageId } from '../../lib/domain/i18n/translate';
import { useT } from '../app-context/i18n-context';

function Loading({ what }: { what: MessageId }) {
  const t = useT();
  return (
    <main className="screen loading" aria-busy="true">
      <p className="hint">{t(what)}</p>
    </main>
  );
}

/** The screen, given what it shows (a call, a view). */
function CurrentScreen({ screen }: { screen: PanelScreen }) {
  const { Screen } = screenEntry(screen);
  return <Screen screen={screen} />;
}

/** Which screen to show: the live call wins, wherever it was started. */
export function Screens() {
  const db = useDatabase();
  // Wrapped so that "no live call" (null) differs from "still loading" (undefined).
  const live = useLiveQuery(async () => ({ call: (await getLiveCall(db)) ?? null }), [db]);
  const view = useStore((s) => s.view);
  useLiveBadge(live === undefined ? undefined : (live.call?.tally.total ?? null));
  const screen: PanelScreen | null = !live
    ? null
    : live.call
      ? { name: 'live', call: live.call }
      : view;
  const entry = screenEntry(screen ?? { name: 'home' });
  useScreenChange(screen ? (entry.key?.(screen) ?? screen.name) : null, entry.title);

  if (!live || !screen) return <Loading what="shell.openingCalls" />;
  return (
    <Suspense fallback={<Loading what="shell.opening" />}>
      <UnsavedTagsNotice liveCallId={live.call?.id ?? null} />
      <CurrentScreen screen={screen} />
      <UndoNotice />
    </Suspense>
  );
}
