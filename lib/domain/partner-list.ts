import type { Message, MessageId } from './i18n/translate';
import type { Call, Partner, Side } from './model';
import { relationshipLedger } from './relationship';
import type { RelationshipTrend } from './relationship-trend';
import type { PartnerListView, PartnerSort } from './partner-list-view';

export {
  DEFAULT_PARTNER_VIEW,
  PARTNER_SORTS,
  paramsFromPartnerView,
  partnerViewFromParams,
  type PartnerListView,
  type PartnerSort,
} from './partner-list-view';

export const PARTNER_SORT_LABELS: Readonly<Record<PartnerSort, string>> = {
  last: 'Latest call first',
  name: 'Name',
  calls: 'Most calls first',
  took: 'They took most first',
};

/** A relationship's trend in a word or two, for a list row (the partner page has the sentence). */
export const TREND_LABELS: Readonly<Record<RelationshipTrend, MessageId>> = {
  'they-take': 'trend.theyTake',
  'they-give': 'trend.theyGive',
  balanced: 'trend.balanced',
  mixed: 'trend.mixed',
  'too-little-data': 'trend.tooLittleData',
};

/** One partner as the list shows them: everything from their calls' stored tallies. */
export interface PartnerSummary {
  id: string;
  name: string;
  organisation?: string;
  callCount: number;
  /** When the latest call started; null for a partner without calls. */
  lastCallAt: number | null;
  give: Record<Side, number>;
  take: Record<Side, number>;
  /** How much more they took than gave, relative to you, in points (negative: you took more). */
  tookMost: number;
  trend: RelationshipTrend;
  /** The trend in one plain sentence with its numbers. */
  sentence: Message;
  /** Asks and commitments still open, both sides. */
  openItems: number;
}

export type PartnerListCall = Pick<Call, 'id' | 'partnerId' | 'startedAt' | 'endedAt' | 'tally'>;

/**
 * Every partner with the figures of their calls, from the calls' tallies alone (never their
 * moments): one pass to group the calls, then each partner's ledger. Independent of the order
 * of either input.
 */
export function summarizePartners(
  partners: readonly Partner[],
  calls: readonly PartnerListCall[],
): PartnerSummary[] {
  const byPartner = new Map<string, PartnerListCall[]>();
  for (const call of calls) {
    if (call.partnerId === undefined) continue;
    const list = byPartner.get(call.partnerId);
    if (list) list.push(call);
    else byPartner.set(call.partnerId, [call]);
  }
  return partners.map((partner) => {
    const own = byPartner.get(partner.id) ?? [];
    const ledger = relationshipLedger(own);
    const openItems =
      ledger.openAsks.them +
      ledger.openAsks.me +
      ledger.openCommitments.them +
      ledger.openCommitments.me;
    return {
      id: partner.id,
      name: partner.name,
      ...(partner.organisation ? { organisation: partner.organisation } : {}),
      callCount: ledger.callCount,
      lastCallAt: ledger.series.at(-1)?.startedAt ?? null,
      give: ledger.give,
      take: ledger.take,
      tookMost: netTaken(ledger.give, ledger.take),
      trend: ledger.trend,
      sentence: ledger.sentence,
      openItems,
    };
  });
}

/** (their take − their give) − (your take − your give), to the thousandth tallies keep. */
function netTaken(give: Record<Side, number>, take: Record<Side, number>): number {
  const net = take.them - give.them - (take.me - give.me);
  const rounded = Math.round(net * 1000) / 1000;
  return rounded === 0 ? 0 : rounded;
}

/** Lower-case, accent-folded words: "Société Générale" → ["societe", "generale"]. */
function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether each word of `query` begins a word of the partner's name or organisation. */
export function matchesPartner(
  partner: Pick<PartnerSummary, 'name' | 'organisation'>,
  query: string,
): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const own = words(`${partner.name} ${partner.organisation ?? ''}`);
  return wanted.every((w) => own.some((o) => o.startsWith(w)));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byName(a: PartnerSummary, b: PartnerSummary): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const ORDER: Record<PartnerSort, (a: PartnerSummary, b: PartnerSummary) => number> = {
  name: byName,
  // Partners never called go last, by name.
  last: (a, b) => (b.lastCallAt ?? -Infinity) - (a.lastCallAt ?? -Infinity) || byName(a, b),
  calls: (a, b) => b.callCount - a.callCount || byName(a, b),
  took: (a, b) => b.tookMost - a.tookMost || byName(a, b),
};

/** The partners `view` asks for, in its order; ties always fall back to the name, then the id. */
export function partnerList(
  partners: readonly PartnerSummary[],
  view: PartnerListView,
): PartnerSummary[] {
  return partners.filter((p) => matchesPartner(p, view.q)).sort(ORDER[view.sort]);
}
