import { lazy, type ComponentType } from 'react';
import type { Call } from '../../lib/domain/model';
import { damagedCallFields } from '../../lib/domain/record-health';
import { useStore } from '../../lib/store/store';
import type { View } from '../../lib/store/navigation-slice';
import { LiveCallScreen } from '../live/live-call-screen';
import { RecordBoundary } from '../ui/record-boundary';
import { HomeScreen } from '../home/home-screen';
import { APP_NAME, type ScreenTitle } from './use-screen-change';

/** What the panel shows: the live call, else the view the user chose. */
export type PanelScreen = View | { name: 'live'; call: Call };
type ScreenName = PanelScreen['name'];
type ScreenOf<N extends ScreenName> = Extract<PanelScreen, { name: N }>;

interface ScreenEntry<N extends ScreenName> {
  Screen: ComponentType<{ screen: ScreenOf<N> }>;
  /** The window's title, from the screen's heading (a call's title). */
  title: ScreenTitle;
  /** One key per screen (for focus and the title): a call's own, else the name. */
  key?: (screen: ScreenOf<N>) => string;
}

// Loaded when first opened, not with the panel: a call's page and the settings are not
// needed to start tagging, and the panel's first paint is what a user waits for.
const CallPage = lazy(() => import('../review/call-page').then((m) => ({ default: m.CallPage })));
const PanelSettings = lazy(() =>
  import('./panel-settings').then((m) => ({ default: m.PanelSettings })),
);

function CallScreen({ screen }: { screen: ScreenOf<'call'> }) {
  const goHome = useStore((s) => s.goHome);
  return (
    <RecordBoundary
      key={screen.callId}
      target={{ kind: 'call', callId: screen.callId }}
      variant="page"
      onLeave={goHome}
    >
      <CallPage callId={screen.callId} />
    </RecordBoundary>
  );
}

/** Every screen of the panel: adding one is an entry here (and its view in the store). */
export const PANEL_SCREENS: { [N in ScreenName]: ScreenEntry<N> } = {
  live: {
    Screen: ({ screen: { call } }) => (
      // A damaged live call would otherwise hold the panel: nothing else can be started.
      <RecordBoundary
        key={call.id}
        target={{ kind: 'call', callId: call.id, title: call.title }}
        damaged={damagedCallFields(call)}
        variant="page"
      >
        <LiveCallScreen call={call} />
      </RecordBoundary>
    ),
    title: (heading, t) => t('shell.title.liveCall', { heading: heading ?? t('shell.title.call') }),
    key: (screen) => `live:${screen.call.id}`,
  },
  call: {
    Screen: CallScreen,
    title: (heading, t) => (heading ? t('shell.title.callOf', { heading }) : t('shell.title.call')),
    key: (screen) => `call:${screen.callId}`,
  },
  settings: { Screen: PanelSettings, title: (_heading, t) => t('shell.nav.settings') },
  home: { Screen: HomeScreen, title: () => APP_NAME },
};

/** The entry of a screen, typed for that screen (indexing by a union name loses the link). */
export function screenEntry<N extends ScreenName>(screen: ScreenOf<N>): ScreenEntry<N> {
  return PANEL_SCREENS[screen.name as N];
}
