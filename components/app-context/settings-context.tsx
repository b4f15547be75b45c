import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  catalogueKind,
  DEFAULT_CATALOGUE,
  summaryOptions,
  type Catalogue,
  type CatalogueKind,
} from '../../lib/domain/catalogue';
import {
  hasCatalogue,
  loadCatalogue,
  resolveLocale,
  type Locale,
} from '../../lib/domain/i18n/translate';
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
  const ready = useCatalogueOf(resolveLocale(settings.preferences.language, navigator.languages));
  return (
    <SettingsContext.Provider value={settings}>{ready ? children : null}</SettingsContext.Provider>
  );
}

/**
 * Whether the UI's language can be shown: its messages are loaded (English always is), or
 * failed to load (then English it is). Until then nothing is drawn rather than a flash of
 * English; the chunk comes from the extension itself, in milliseconds.
 */
function useCatalogueOf(locale: Locale): boolean {
  const [failed, setFailed] = useState<Locale | null>(null);
  const [, setLoaded] = useState<Locale | null>(null);
  const ready = hasCatalogue(locale) || failed === locale;
  useEffect(() => {
    if (ready) {
      // Screen readers pick their voice, and the browser its hyphenation, from `lang`.
      document.documentElement.lang = hasCatalogue(locale) ? locale : 'en';
      return undefined;
    }
    let current = true;
    loadCatalogue(locale).then(
      () => current && setLoaded(locale),
      () => current && setFailed(locale),
    );
    return () => {
      current = false;
    };
  }, [locale, ready]);
  return ready;
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
