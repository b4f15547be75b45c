import { Settings } from 'lucide-react';
import { useStore } from '../../lib/store/store';
import { OverdueCommitments } from '../ui/follow-up/overdue-commitments';
import { RecentCalls } from './recent-calls';
import { StartCallForm } from './start-call-form';
import './home.css';
import { useT } from '../app-context/i18n-context';

/** The panel when no call is live: start one, what is overdue, the last few calls. */
export function HomeScreen() {
  const openSettings = useStore((s) => s.openSettings);
  const t = useT();
  return (
    <main className="screen home-screen">
      <header className="home-header">
        <div className="home-title-row">
          <h1>Reciprocity Coach</h1>
          <button
            type="button"
            className="icon-button"
            aria-label={t('home.settings')}
            title={t('home.settings')}
            onClick={openSettings}
          >
            <Settings size={18} aria-hidden="true" />
          </button>
        </div>
        <p className="tagline">{t('home.tagline')}</p>
      </header>
      <StartCallForm />
      <OverdueCommitments />
      <RecentCalls />
    </main>
  );
}
