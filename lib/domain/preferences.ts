import { DEFAULT_LEAD_TIME_MS, MAX_LEAD_TIME_MS } from './lead-time';
import { isLocaleSetting, type LocaleSetting } from './i18n/translate';
import { SIDE_LABELS } from './model';

export type Theme = 'system' | 'light' | 'dark';

/** What is kept of a call's captions: the quotes on its moments only, or every line. */
export type CaptionsKept = 'quotes' | 'transcript';

export interface Preferences {
  leadTimeMs: number;
  /** What the live screen calls the other side; empty means "Them". */
  otherSideName: string;
  /** Show the call's partner name instead, when the call has a partner. */
  usePartnerName: boolean;
  theme: Theme;
  /** The UI's language: the browser's ('auto') or one the user chose. */
  language: LocaleSetting;
  /** Quotes from captions: the meeting tab's captions are read to quote each tag. Off until chosen. */
  captionQuotes: boolean;
  captionsKept: CaptionsKept;
}

export const DEFAULT_PREFERENCES: Preferences = {
  leadTimeMs: DEFAULT_LEAD_TIME_MS,
  otherSideName: '',
  usePartnerName: false,
  theme: 'system',
  language: 'auto',
  captionQuotes: false,
  captionsKept: 'quotes',
};

/** Setting keys, one row each, so one change writes one small row. */
export const PREFERENCE_KEYS = {
  leadTimeMs: 'leadTimeMs',
  otherSideName: 'otherSideName',
  usePartnerName: 'usePartnerName',
  theme: 'theme',
  language: 'language',
  captionQuotes: 'captionQuotes',
  captionsKept: 'captionsKept',
} as const satisfies Record<keyof Preferences, string>;

export const OTHER_SIDE_NAME_MAX = 24;

/** Preferences from stored rows; anything missing or malformed falls back to its default. */
export function resolvePreferences(rows: ReadonlyMap<string, unknown>): Preferences {
  const lead = rows.get(PREFERENCE_KEYS.leadTimeMs);
  const name = rows.get(PREFERENCE_KEYS.otherSideName);
  const usePartner = rows.get(PREFERENCE_KEYS.usePartnerName);
  const theme = rows.get(PREFERENCE_KEYS.theme);
  const language = rows.get(PREFERENCE_KEYS.language);
  const captionQuotes = rows.get(PREFERENCE_KEYS.captionQuotes);
  const kept = rows.get(PREFERENCE_KEYS.captionsKept);
  return {
    leadTimeMs:
      typeof lead === 'number' && lead >= 0 && lead <= MAX_LEAD_TIME_MS
        ? lead
        : DEFAULT_PREFERENCES.leadTimeMs,
    otherSideName:
      typeof name === 'string'
        ? name.trim().slice(0, OTHER_SIDE_NAME_MAX)
        : DEFAULT_PREFERENCES.otherSideName,
    usePartnerName:
      typeof usePartner === 'boolean' ? usePartner : DEFAULT_PREFERENCES.usePartnerName,
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : 'system',
    language: isLocaleSetting(language) ? language : DEFAULT_PREFERENCES.language,
    captionQuotes: captionQuotes === true,
    captionsKept: kept === 'transcript' ? 'transcript' : DEFAULT_PREFERENCES.captionsKept,
  };
}

/** The other side's label on the live screen. */
export function otherSideLabel(preferences: Preferences, partnerName?: string): string {
  if (preferences.usePartnerName && partnerName) return partnerName.slice(0, OTHER_SIDE_NAME_MAX);
  return preferences.otherSideName || SIDE_LABELS.them;
}
