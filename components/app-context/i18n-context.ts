import { useMemo } from 'react';
import {
  formatNumber,
  hasCatalogue,
  resolveLocale,
  translate,
  translateMessage,
  type Locale,
  type Message,
  type MessageId,
  type MessageParams,
} from '../../lib/domain/i18n/translate';
import { usePreferences } from './settings-context';

export type Translate = (id: MessageId, params?: MessageParams) => string;

/** The language the UI speaks: the Settings choice, or the browser's first shipped language. */
export function useLocale(): Locale {
  const { language } = usePreferences();
  const locale = resolveLocale(language, browserLanguages());
  // Inside the settings the catalogue is loaded before anything is drawn; outside them (the
  // crash screen) a language not loaded is said in English.
  return hasCatalogue(locale) ? locale : 'en';
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/** `t('screen.part.what', params)`: a message in the UI's language. */
export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => (id, params) => translate(locale, id, params), [locale]);
}

/** A message `lib/domain` returned (an id with parameters), in the UI's language. */
export function useTranslateMessage(): (message: Message) => string {
  const locale = useLocale();
  return useMemo(() => (message) => translateMessage(locale, message), [locale]);
}

/**
 * The locale dates are written in: the browser's own (with its region: "4 Dec" in Britain)
 * when it speaks the UI's language, else the UI's language, so a German UI in an English
 * browser does not write "Friday, December 4".
 */
export function useDateLocale(): string | undefined {
  const locale = useLocale();
  return useMemo(() => {
    const browser = new Intl.DateTimeFormat().resolvedOptions().locale;
    return browser.toLowerCase().split('-')[0] === locale ? undefined : locale;
  }, [locale]);
}

/** Numbers (points, counts) as the UI's language writes them. */
export function useFormatNumber(): (value: number) => string {
  const locale = useLocale();
  return useMemo(() => (value) => formatNumber(locale, value), [locale]);
}
