import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import {
  catalogueKind,
  DEFAULT_CATALOGUE,
  summaryOptions,
  type Catalogue,
  type CatalogueKind,
} from '../../lib/domain/catalogue';
import { resolveLocale } from '../../lib/domain/i18n/translate';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/domain/preferences';
import type { SummaryOptions } from '../../lib/domain/reciprocity';
import { storedSettings } from '../../lib/db/settings-repository';
import { useDatabase } from './database-context';

interface Settings {
  catalogue: Catalogue;
  options: SummaryOptions;
  preferences: Preferences;
}

const DEFAULT_SETTINGS: Settings = {
  catalogue: DEFAULT_CATALOGUE,
  options: summaryOptions(DEFAULT_CATALOGUE),
  preferences: DEFAULT_PREFERENCES,
};

const SettingsContext = createContext<Settings>(DEFAULT_SETTINGS);

/**
 * The user's catalogue and preferences, read once for the whole UI and live: a change
 * in the settings page shows at once in every open panel and page.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const db = useDatabase();
  const read = useLiveQuery(() => storedSettings(db), [db]);
  const settings = useMemo<Settings>(
    () => (read ? { ...read, options: summaryOptions(read.catalogue) } : DEFAULT_SETTINGS),
    [read],
  );
  const theme = settings.preferences.theme;
  useEffect(() => {
    // `color-scheme` on the root drives every light-dark() colour in theme.css.
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  const language = settings.preferences.language;
  useEffect(() => {
    // Screen readers pick their voice, and the browser its hyphenation, from `lang`.
    document.documentElement.lang = resolveLocale(language, navigator.languages);
  }, [language]);
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

export function useCatalogue(): Catalogue {
  return useContext(SettingsContext).catalogue;
}

export function useSummaryOptions(): SummaryOptions {
  return useContext(SettingsContext).options;
}

export function usePreferences(): Preferences {
  return useContext(SettingsContext).preferences;
}

/** A lookup of kinds by id in the user's catalogue, stable while the catalogue is. */
export function useKindOf(): (id: string) => CatalogueKind {
  const catalogue = useCatalogue();
  return useMemo(() => {
    const byId = new Map(catalogue.kinds.map((k) => [k.id, k]));
    return (id: string) => byId.get(id) ?? catalogueKind(catalogue, id);
  }, [catalogue]);
}
