import type { KindIconName, KindTone } from './kind-icons';
import type { MessageId } from './i18n/translate';
import type { Side } from './model';

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
  tone: KindTone;
}

/** The follow-up a kind's moments get: an ask is answered or declined, a commitment done. */
export type FollowUpKind = 'ask' | 'commitment';

interface BuiltInKind extends MomentKind {
  icon: KindIconName;
  followUp?: FollowUpKind;
}

/**
 * A red-flag kind raises a flag of its own id for each side with one of its moments; the
 * flag's sentence is a message per side ("They dismissed your expertise (twice)."), counted.
 */
interface RedFlagKind extends BuiltInKind {
  classification: 'flag';
  flagged: Readonly<Record<Side, MessageId>>;
}

interface OtherKind extends BuiltInKind {
  classification: Exclude<KindClass, 'flag'>;
  flagged?: never;
}

/**
 * A built-in kind, whole: what the catalogue, the tag pad, the global commands, follow-up
 * and the reciprocity flags need. A kind without an icon, or a red-flag kind without its
 * flag's words, does not compile. The rest is derived from DEFAULT_KINDS: the default
 * catalogue (catalogue.ts), the panel keys (panel-keys.ts), a global command per side
 * (commands.ts), the asks and commitments (follow-up.ts) and the red flags (reciprocity.ts).
 * Ids are stored (in moments and in the user's catalogue): never rename one.
 */
export type DefaultKind = RedFlagKind | OtherKind;

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
    icon: 'message-question',
    followUp: 'ask',
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
    icon: 'key',
    followUp: 'ask',
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
    icon: 'gift',
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
    icon: 'hand-heart',
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
    icon: 'heart',
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
    icon: 'calendar-check',
    followUp: 'commitment',
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
    icon: 'megaphone',
    flagged: { them: 'flag.overpromise.them', me: 'flag.overpromise.me' },
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
    icon: 'eye-off',
    flagged: { them: 'flag.evasive.them', me: 'flag.evasive.me' },
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
    icon: 'volume-x',
    // Whose expertise was dismissed is the other side's: said from where the user sits.
    flagged: { them: 'flag.dismissive.them', me: 'flag.dismissive.me' },
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
    icon: 'sticky-note',
  },
] as const satisfies readonly DefaultKind[];

export type DefaultKindId = (typeof DEFAULT_KINDS)[number]['id'];

type RedFlagDefault = Extract<(typeof DEFAULT_KINDS)[number], { classification: 'flag' }>;
/** The built-in kinds that raise a flag of their own, in catalogue order. */
export const RED_FLAG_KINDS: readonly RedFlagDefault[] = DEFAULT_KINDS.filter(
  (k): k is RedFlagDefault => k.classification === 'flag',
);
export type RedFlagKindId = RedFlagDefault['id'];

const BY_ID: ReadonlyMap<string, DefaultKind> = new Map(DEFAULT_KINDS.map((k) => [k.id, k]));

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
