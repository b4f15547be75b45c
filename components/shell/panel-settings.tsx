import { ArrowLeft } from 'lucide-react';
import { useStore } from '../../lib/store/store';
import { SettingsPage } from '../settings/settings-page';
import { useT } from '../app-context/i18n-context';

/** Settings inside the narrow panel, with the way back home. */
export function PanelSettings() {
  const goHome = useStore((s) => s.goHome);
  const t = useT();
  return (
    <div className="screen panel-settings">
      <button type="button" className="link-button back-button" onClick={goHome}>
        <ArrowLeft size={14} aria-hidden="true" /> {t('shell.back')}
      </button>
      <SettingsPage />
    </div>
  );
}
