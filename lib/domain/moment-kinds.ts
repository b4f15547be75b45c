/** How a kind counts in the reciprocity summary. */
export type KindClass = 'give' | 'take' | 'flag' | 'accountability' | 'neutral';

export interface MomentKind {
  id: string;
  label: string;
  /** Short form for the tag pad, where space is scarce. */
  short: string;
  meaning: string;
  classification: KindClass;
  /** Points one moment of weight 1 is worth on its give or take side. */
  points: number;
  /** Panel key for the other side; the same key with Shift tags my side. */
  key: string;
  /** CSS custom property suffix: `--kind-<tone>`. */
  tone: 'take' | 'take-heavy' | 'give' | 'give-light' | 'commit' | 'flag' | 'neutral';
}

export const DEFAULT_KINDS = [
  {
    id: 'request',
    label: 'Asked for something',
    short: 'Asked',
    meaning: 'Asked for something: time, an intro, help, resources',
    classification: 'take',
    points: 1,
    key: 'a',
    tone: 'take',
  },
  {
    id: 'proprietary',
    label: 'Sought proprietary info',
    short: 'Proprietary',
    meaning: 'Sought proprietary or confidential information',
    classification: 'take',
    points: 2,
    key: 'p',
    tone: 'take-heavy',
  },
  {
    id: 'value',
    label: 'Offered value',
    short: 'Value',
    meaning: 'Offered value: an intro, insight, data, help, a resource',
    classification: 'give',
    points: 1,
    key: 'v',
    tone: 'give',
  },
  {
    id: 'offer-help',
    label: 'Offered help',
    short: 'Offered help',
    meaning: 'Asked "what can I do for you?" or offered help unprompted',
    classification: 'give',
    points: 1,
    key: 'h',
    tone: 'give',
  },
  {
    id: 'appreciation',
    label: 'Showed appreciation',
    short: 'Thanks',
    meaning: 'Thanked, credited, acknowledged the other side’s contribution',
    classification: 'give',
    points: 0.5,
    key: 't',
    tone: 'give-light',
  },
  {
    id: 'commitment',
    label: 'Made a commitment',
    short: 'Commitment',
    meaning: 'Made a concrete commitment: who, what, by when',
    classification: 'accountability',
    points: 0,
    key: 'c',
    tone: 'commit',
  },
  {
    id: 'overpromise',
    label: 'Overpromised',
    short: 'Overpromise',
    meaning: 'Big promise with no plan behind it',
    classification: 'flag',
    points: 0,
    key: 'o',
    tone: 'flag',
  },
  {
    id: 'evasive',
    label: 'Was evasive',
    short: 'Evasive',
    meaning: 'Evasive about costs, timelines or processes',
    classification: 'flag',
    points: 0,
    key: 'e',
    tone: 'flag',
  },
  {
    id: 'dismissive',
    label: 'Was dismissive',
    short: 'Dismissive',
    meaning: 'Dismissed or talked over the other side’s expertise',
    classification: 'flag',
    points: 0,
    key: 'd',
    tone: 'flag',
  },
  {
    id: 'note',
    label: 'Note',
    short: 'Note',
    meaning: 'Anything else worth remembering',
    classification: 'neutral',
    points: 0,
    key: 'n',
    tone: 'neutral',
  },
] as const satisfies readonly MomentKind[];

export type DefaultKindId = (typeof DEFAULT_KINDS)[number]['id'];

const BY_ID: ReadonlyMap<string, MomentKind> = new Map(DEFAULT_KINDS.map((k) => [k.id, k]));

export function isDefaultKind(id: string): id is DefaultKindId {
  return BY_ID.has(id);
}

/** A kind's definition; unknown (custom or removed) kinds fall back to a neutral label. */
export function kindById(id: string): MomentKind {
  return (
    BY_ID.get(id) ?? {
      id,
      label: id,
      short: id,
      meaning: 'Custom kind',
      classification: 'neutral',
      points: 0,
      key: '',
      tone: 'neutral',
    }
  );
}
