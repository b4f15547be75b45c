/** Icons a kind can wear: names only here (pure); the UI maps them to lucide components. */
export const KIND_ICON_NAMES = [
  'message-question',
  'key',
  'gift',
  'hand-heart',
  'heart',
  'calendar-check',
  'megaphone',
  'eye-off',
  'volume-x',
  'sticky-note',
  'handshake',
  'lightbulb',
  'users',
  'link',
  'star',
  'flag',
  'coins',
  'alert-triangle',
  'tag',
] as const;

export type KindIconName = (typeof KIND_ICON_NAMES)[number];

export const KIND_TONES = [
  'take',
  'take-heavy',
  'give',
  'give-light',
  'commit',
  'flag',
  'neutral',
] as const;

/** A kind's colour: the CSS custom property `--kind-<tone>`. */
export type KindTone = (typeof KIND_TONES)[number];

export const TONE_LABELS: Readonly<Record<KindTone, string>> = {
  take: 'Orange',
  'take-heavy': 'Red',
  give: 'Green',
  'give-light': 'Olive',
  commit: 'Blue',
  flag: 'Magenta',
  neutral: 'Grey',
};
