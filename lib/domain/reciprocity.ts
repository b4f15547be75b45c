import {
  kindById,
  RED_FLAG_KINDS,
  type DefaultKindId,
  type KindClass,
  type RedFlagKindId,
} from './moment-kinds';
import type { Side, Verdict } from './model';
import { translateMessage, type Message, type MessageId } from './i18n/translate';

export interface SummaryMoment {
  id: string;
  side: Side;
  kind: string;
  offsetMs: number;
  weight?: 1 | 2 | 3;
}

export interface KindRule {
  classification: KindClass;
  /** Points a weight-1 moment is worth on its give or take side. */
  points?: number;
}

export interface SummaryOptions {
  /** Overrides and additions to the default catalogue (custom kinds are neutral otherwise). */
  kinds?: Readonly<Record<string, KindRule>>;
}

export type FlagId =
  | 'proprietary-without-return'
  | 'never-offered-help'
  | 'no-appreciation'
  // One per red-flag kind, named for it (see DefaultKind's `flagged`).
  | RedFlagKindId
  | 'no-commitments';

export interface Flag {
  id: FlagId;
  side: Side;
  momentIds: string[];
  /** The sentence in English (the contract's field, and what exports write). */
  message: string;
  /** The same sentence as a message id, for the UI to say in the user's language. */
  text: Message;
}

export interface Summary {
  verdict: Verdict;
  give: Record<Side, number>;
  take: Record<Side, number>;
  balance: number;
  /** One sentence in English (the contract's field, and what exports write). */
  explanation: string;
  /** The same sentence as a message id, for the UI to say in the user's language. */
  explanationMessage: Message;
  flags: Flag[];
  /** Moments that gave or took: the verdict needs at least MIN_EXCHANGES of them. */
  exchanges: number;
}

export const MIN_EXCHANGES = 3;
export const BALANCED_WITHIN = 0.2;
export const ONE_SIDED_MIN_TAKES = 3;
export const HELP_FLAG_MIN_REQUESTS = 2;
export const APPRECIATION_FLAG_MIN_GIFTS = 2;
export const SUBSTANTIAL_EXCHANGES = 6;

/**
 * Points are summed in integer thousandths so that the sum, and so every result,
 * is independent of the order of the input even for fractional custom points.
 */
export const SCALE = 1000;

/** What one moment of `rule` and `weight` adds to its side's give or take, in thousandths. */
export function scaledPoints(rule: Required<KindRule>, weight: 1 | 2 | 3 | undefined): number {
  return Math.round(rule.points * SCALE) * (weight ?? 1);
}

/**
 * One side's exchange: what it gave and took, in integer thousandths of a point (see SCALE),
 * and how many of its moments gave or took.
 */
export interface ExchangeTotals {
  give: number;
  take: number;
  takeCount: number;
  giveCount: number;
}

interface SideTotals extends ExchangeTotals {
  byKind: Map<string, SummaryMoment[]>;
}

function emptyTotals(): SideTotals {
  return { give: 0, take: 0, takeCount: 0, giveCount: 0, byKind: new Map() };
}

/** How a kind counts: the default catalogue, overridden or extended by the options. */
export function kindRule(kind: string, options?: SummaryOptions): Required<KindRule> {
  const custom = options?.kinds?.[kind];
  const base = kindById(kind);
  const classification = custom?.classification ?? base.classification;
  // A custom kind classified give or take is worth 1 point; a built-in kind keeps its own
  // points (proprietary 2, appreciation 0.5) unless the override names new ones.
  const points = custom?.points ?? (custom && base.points === 0 ? 1 : base.points);
  // Rounded to the thousandths that sums are kept in (see SCALE), so that "worth nothing"
  // means the same to summarize and to the incremental tally.
  const exact = Number.isFinite(points) && points > 0 ? Math.round(points * SCALE) / SCALE : 0;
  return { classification, points: exact };
}

function byOffsetThenId(a: SummaryMoment, b: SummaryMoment): number {
  return a.offsetMs - b.offsetMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function ids(moments: ReadonlyArray<SummaryMoment> | undefined): string[] {
  return [...(moments ?? [])].sort(byOffsetThenId).map((m) => m.id);
}

/** Points as a person writes them: 5, 2.5, 0.25 (sums are exact to a thousandth, see SCALE). */
export function formatPoints(points: number): string {
  return String(Math.round(points * SCALE) / SCALE);
}

function verdictFor(
  balance: number,
  totals: Record<Side, ExchangeTotals>,
  exchanges: number,
): Verdict {
  if (exchanges < MIN_EXCHANGES) return 'too-little-data';
  // A side that took at least three times and gave nothing, while the other side gave, only
  // took — whatever the size of the gap — as long as the exchange leans its way at all.
  const oneSided = (taker: Side, giver: Side): boolean =>
    totals[taker].takeCount >= ONE_SIDED_MIN_TAKES &&
    totals[taker].give === 0 &&
    totals[giver].give > 0;
  if (balance < 0 && oneSided('them', 'me')) return 'one-sided-they-took';
  if (balance > 0 && oneSided('me', 'them')) return 'one-sided-i-took';
  if (balance < -BALANCED_WITHIN) return 'they-took-more';
  if (balance > BALANCED_WITHIN) return 'i-took-more';
  return 'balanced';
}

const EXPLANATIONS: Record<Exclude<Verdict, 'too-little-data'>, MessageId> = {
  balanced: 'summary.explanation.balanced',
  'they-took-more': 'summary.explanation.theyTookMore',
  'one-sided-they-took': 'summary.explanation.oneSidedTheyTook',
  'i-took-more': 'summary.explanation.iTookMore',
  'one-sided-i-took': 'summary.explanation.oneSidedITook',
};

function explain(
  verdict: Verdict,
  give: Record<Side, number>,
  take: Record<Side, number>,
  exchanges: number,
): Message {
  if (verdict === 'too-little-data') {
    return exchanges === 0
      ? { id: 'summary.explanation.nothing', params: { min: MIN_EXCHANGES } }
      : { id: 'summary.explanation.few', params: { count: exchanges, min: MIN_EXCHANGES } };
  }
  // The verdict compares what each side gave against what it took, relative to the other
  // side, so the sentence says who came out ahead rather than a side's own give minus take.
  return { id: EXPLANATIONS[verdict], params: pointParams(give, take) };
}

/** Both sides' points as a sentence's parameters (exact to a thousandth, see SCALE). */
export function pointParams(
  give: Record<Side, number>,
  take: Record<Side, number>,
): Record<'theyGave' | 'theyTook' | 'youGave' | 'youTook', number> {
  const exact = (points: number) => Math.round(points * SCALE) / SCALE;
  return {
    theyGave: exact(give.them),
    theyTook: exact(take.them),
    youGave: exact(give.me),
    youTook: exact(take.me),
  };
}

type SideIds = Readonly<Record<Side, MessageId>>;

const FLAG_TEXT = {
  proprietary: {
    them: 'flag.proprietaryWithoutReturn.them',
    me: 'flag.proprietaryWithoutReturn.me',
  },
  help: { them: 'flag.neverOfferedHelp.them', me: 'flag.neverOfferedHelp.me' },
  helpProprietary: {
    them: 'flag.neverOfferedHelpProprietary.them',
    me: 'flag.neverOfferedHelpProprietary.me',
  },
  appreciation: { them: 'flag.noAppreciation.them', me: 'flag.noAppreciation.me' },
  commitments: { them: 'flag.noCommitments.them', me: 'flag.noCommitments.me' },
} as const satisfies Record<string, SideIds>;

function flag(id: FlagId, side: Side, momentIds: string[], text: Message): Flag {
  return { id, side, momentIds, message: translateMessage('en', text), text };
}

function sideFlags(side: Side, totals: Record<Side, SideTotals>, exchanges: number): Flag[] {
  const mine = totals[side];
  const theirs = totals[side === 'them' ? 'me' : 'them'];
  const flags: Flag[] = [];
  const kind = (k: DefaultKindId): SummaryMoment[] => mine.byKind.get(k) ?? [];

  const proprietary = kind('proprietary');
  if (proprietary.length > 0 && mine.give === 0) {
    flags.push(
      flag('proprietary-without-return', side, ids(proprietary), {
        id: FLAG_TEXT.proprietary[side],
        params: { count: proprietary.length },
      }),
    );
  }

  const requests = [...kind('request'), ...proprietary];
  if (requests.length >= HELP_FLAG_MIN_REQUESTS && kind('offer-help').length === 0) {
    const text: Message =
      proprietary.length > 0
        ? {
            id: FLAG_TEXT.helpProprietary[side],
            params: { count: requests.length, proprietary: proprietary.length },
          }
        : { id: FLAG_TEXT.help[side], params: { count: requests.length } };
    flags.push(flag('never-offered-help', side, ids(requests), text));
  }

  const theirKind = (k: DefaultKindId): SummaryMoment[] => theirs.byKind.get(k) ?? [];
  const value = theirKind('value');
  const help = theirKind('offer-help');
  const received = [...value, ...help];
  if (received.length >= APPRECIATION_FLAG_MIN_GIFTS && kind('appreciation').length === 0) {
    // Named for what was counted: offers of help are gifts here as much as value is.
    const what: MessageId =
      help.length === 0
        ? 'flag.gift.value'
        : value.length === 0
          ? 'flag.gift.help'
          : 'flag.gift.valueOrHelp';
    flags.push(
      flag('no-appreciation', side, ids(received), {
        id: FLAG_TEXT.appreciation[side],
        params: { count: received.length, what: { id: what } },
      }),
    );
  }

  for (const { id, flagged } of RED_FLAG_KINDS) {
    const found = kind(id);
    if (found.length > 0) {
      flags.push(
        flag(id, side, ids(found), { id: flagged[side], params: { count: found.length } }),
      );
    }
  }

  if (exchanges >= SUBSTANTIAL_EXCHANGES && kind('commitment').length === 0) {
    flags.push(
      flag('no-commitments', side, [], {
        id: FLAG_TEXT.commitments[side],
        params: { count: exchanges },
      }),
    );
  }
  return flags;
}

export interface ExchangeScore {
  verdict: Verdict;
  give: Record<Side, number>;
  take: Record<Side, number>;
  balance: number;
  exchanges: number;
}

/** The verdict and figures of both sides' totals: summarize's arithmetic, reusable alone. */
export function scoreExchange(totals: Record<Side, ExchangeTotals>): ExchangeScore {
  const { them, me } = totals;
  const exchanges = them.giveCount + them.takeCount + me.giveCount + me.takeCount;
  const total = them.give + them.take + me.give + me.take;
  const net = them.give - them.take - (me.give - me.take);
  // Exactly mirrored input gives net 0, and negating net negates balance exactly.
  const balance = total === 0 ? 0 : net / total;
  return {
    verdict: verdictFor(balance, totals, exchanges),
    give: { them: them.give / SCALE, me: me.give / SCALE },
    take: { them: them.take / SCALE, me: me.take / SCALE },
    balance: balance === 0 ? 0 : balance,
    exchanges,
  };
}

/** Is the exchange reciprocal? Pure, deterministic and independent of input order. */
export function summarize(
  moments: ReadonlyArray<SummaryMoment>,
  options?: SummaryOptions,
): Summary {
  const totals: Record<Side, SideTotals> = { them: emptyTotals(), me: emptyTotals() };
  const rules = new Map<string, Required<KindRule>>();

  for (const moment of moments) {
    let rule = rules.get(moment.kind);
    if (!rule) {
      rule = kindRule(moment.kind, options);
      rules.set(moment.kind, rule);
    }
    const side = totals[moment.side];
    const list = side.byKind.get(moment.kind);
    if (list) list.push(moment);
    else side.byKind.set(moment.kind, [moment]);
    const scaled = scaledPoints(rule, moment.weight);
    // A kind worth 0 points gives or takes nothing, so it is not an exchange either.
    if (scaled === 0) continue;
    if (rule.classification === 'give') {
      side.give += scaled;
      side.giveCount += 1;
    } else if (rule.classification === 'take') {
      side.take += scaled;
      side.takeCount += 1;
    }
  }

  const { verdict, give, take, balance, exchanges } = scoreExchange(totals);
  const explanationMessage = explain(verdict, give, take, exchanges);
  return {
    verdict,
    give,
    take,
    balance,
    explanation: translateMessage('en', explanationMessage),
    explanationMessage,
    flags: [...sideFlags('them', totals, exchanges), ...sideFlags('me', totals, exchanges)],
    exchanges,
  };
}
