import { useId } from 'react';
import { CaptionsSettings } from './captions-settings';
import { GlobalShortcutsSettings } from './global-shortcuts-settings';
import { LeadTimeSettings } from './lead-time-settings';
import { OtherSideSettings } from './other-side-settings';
import { ResetSettingsSection } from './reset-settings-section';
import { TagPadSettings } from './tag-pad-settings';
import { LanguageSettings } from './language-settings';
import { ThemeSettings } from './theme-settings';
import './settings.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/**
 * Route `#/settings` and the panel's settings screen: the tag pad, lead time, the other
 * side's name, theme, captions, global shortcuts and reset. Every change saves at once and shows in
 * every open view.
 */
export function SettingsPage() {
  const id = useId();
  const t = useT();
  return (
    <main className="settings-page" aria-labelledby={`${id}-title`}>
      <header className="settings-header">
        <h1 id={`${id}-title`}>{t('settings.heading')}</h1>
        <p className="hint">{t('settings.intro')}</p>
      </header>
      <TagPadSettings headingId={`${id}-pad`} />
      <LeadTimeSettings headingId={`${id}-lead`} />
      <OtherSideSettings headingId={`${id}-side`} />
      <ThemeSettings headingId={`${id}-theme`} />
      <LanguageSettings headingId={`${id}-language`} />
      <CaptionsSettings headingId={`${id}-captions`} />
      <GlobalShortcutsSettings headingId={`${id}-keys`} />
      <ResetSettingsSection headingId={`${id}-reset`} />
    </main>
  );
}
