import { ArrowLeft } from 'lucide-react';
import { useStore } from '../../lib/store/store';
import { SettingsPage } from '../settings/settings-page';

/** Settings inside the narrow panel, with the way back home. */
export function PanelSettings() {
  const goHome = useStore((s) => s.goHome);
  return (
    <div className="screen panel-settings">
      <button type="button" className="link-button back-button" onClick={goHome}>
        <ArrowLeft size={14} aria-hidden="true" /> Back
      </button>
      <SettingsPage />
    </div>
  );
}
