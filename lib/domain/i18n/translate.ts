import { en } from './messages-en';
import type { enBackup } from './messages-en-backup';
import type { enHistory } from './messages-en-history';
import type { enKeys } from './messages-en-keys';
import type { enPartners } from './messages-en-partners';
import type { enReview } from './messages-en-review';
import type { enSettings } from './messages-en-settings';
import type { enUnsaved } from './messages-en-unsaved';

/** The languages the app ships; English is the source of every message id. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
/** What the user chose in Settings: follow the browser, or one language. */
export type LocaleSetting = 'auto' | Locale;

/**
 * Every English message: the panel's (messages-en.ts), always loaded, and each lazily loaded
 * screen's part, added when its code loads (`addEnglish`). The ids are the union of all, so a
 * typo is a type error wherever it is written.
 */
type English = typeof en &
  typeof enReview &
  typeof enSettings &
  typeof enHistory &
  typeof enKeys &
  typeof enPartners &
  typeof enBackup &
  typeof enUnsaved;

export type MessageId = keyof English;

/** A message that depends on a count: the form is chosen by `Intl.PluralRules` on `count`. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  /** Exactly two, where a language has a word for it ("twice"). */
  readonly '=2'?: string;
}

/**
 * A translation of the English catalogue: every id, and the same shape per id (plain or plural),
 * so a missing or misshapen message is a type error.
 */
export type Catalogue = {
  readonly [K in MessageId]: English[K] extends string ? string : PluralForms;
};

/**
 * A parameter: text as it is, a number in the locale's form, a message translated in place
 * (a clause), or messages joined as the locale lists them ("a, b and c").
 */
export type MessageParam = string | number | Message | readonly Message[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** What `lib/domain` returns where a sentence reaches the user: an id and its parameters. */
export interface Message {
  readonly id: MessageId;
  readonly params?: MessageParams;
}

type Messages = Partial<Record<MessageId, string | PluralForms>>;

/** The English messages loaded so far: the panel's, then each screen's part as its code loads. */
const english: Messages = { ...en };

/**
 * Adds a screen's English messages (called by the messages-en-*.ts part itself, so importing
 * it is enough: a file using its ids imports it, and the screen's chunk brings it).
 */
export function addEnglish(messages: Messages): void {
  Object.assign(english, messages);
}

/**
 * The catalogues loaded so far. English is always there (it is the source of the ids); the
 * others are loaded when chosen (see loadCatalogue), so a panel in English carries no German.
 */
const CATALOGUES: Partial<Record<Locale, Messages>> = { en: english };

/** Whether `locale`'s messages are loaded: until they are, `translate` says them in English. */
export function hasCatalogue(locale: Locale): boolean {
  return CATALOGUES[locale] !== undefined;
}

/** Loads `locale`'s messages (a separate chunk of the build), once. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (hasCatalogue(locale)) return;
  if (locale === 'de') CATALOGUES.de = (await import('./messages-de')).de;
}

const lists = new Map<Locale, Intl.ListFormat>();
const plurals = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numbers.get(locale);
  // Points are kept to thousandths (see reciprocity's SCALE). Grouped from five digits on
  // ("10,000 calls"), so that a four-digit number never reads as "2.026" in German.
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: 'min2' });
    numbers.set(locale, format);
  }
  return format;
}

function listFormat(locale: Locale): Intl.ListFormat {
  let format = lists.get(locale);
  // en-GB: "a, b and c", without the serial comma the app's English writes without.
  if (!format) {
    format = new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' });
    lists.set(locale, format);
  }
  return format;
}

function pluralTemplate(locale: Locale, forms: PluralForms, count: MessageParam | undefined) {
  if (typeof count !== 'number') return forms.other;
  if (count === 2 && forms['=2'] !== undefined) return forms['=2'];
  return pluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

function formatParam(locale: Locale, value: MessageParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberFormat(locale).format(value);
  if ('id' in value) return translateMessage(locale, value);
  return listFormat(locale).format(value.map((m) => translateMessage(locale, m)));
}

/** The text of `id` in `locale`: `{name}` replaced by its parameter, numbers in the locale's form. */
export function translate(locale: Locale, id: MessageId, params?: MessageParams): string {
  const text = CATALOGUES[locale]?.[id] ?? english[id];
  // Only if a file used an id without importing its part (the catalogue test forbids it):
  // the id is shown rather than nothing.
  if (text === undefined) return id;
  const template = typeof text === 'string' ? text : pluralTemplate(locale, text, params?.count);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(locale, value);
  });
}

/** A `Message` in `locale`. */
export function translateMessage(locale: Locale, message: Message): string {
  return translate(locale, message.id, message.params);
}

/**
 * The language to show: the user's choice, or the first of the browser's languages the app
 * ships ("de-AT" is German), else English.
 */
export function resolveLocale(setting: LocaleSetting, languages: readonly string[]): Locale {
  if (setting !== 'auto') return setting;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    const found = LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

export function isLocaleSetting(value: unknown): value is LocaleSetting {
  return value === 'auto' || LOCALES.some((l) => l === value);
}

/** A number as `locale` writes it (points to thousandths: 2.5 is "2,5" in German). */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}
