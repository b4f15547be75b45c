import { callRecord, momentRecord, partnerRecord, transcriptRecord } from '../backup/backup-format';
import type { Partner, QuoteLine } from '../model';
import type { CallExport, KindLabels } from './call-export';

export interface AnonymiseOptions {
  /** Further people or companies to hide; they become "Person 1", "Person 2", … in order. */
  names?: readonly string[];
}

export const PARTNER_PLACEHOLDER = 'Partner';

/**
 * Words of a name that are not worth hiding on their own: legal forms and particles.
 * Without this list, hiding "Acme Corp" would also turn every "corp" and, for
 * "The Workshop", every "the" in the notes into "Partner".
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'ag',
  'and',
  'bv',
  'co',
  'company',
  'corp',
  'corporation',
  'de',
  'der',
  'di',
  'du',
  'gmbh',
  'group',
  'inc',
  'la',
  'le',
  'limited',
  'llc',
  'llp',
  'ltd',
  'nv',
  'of',
  'plc',
  'sa',
  'sarl',
  'sas',
  'the',
  'van',
  'von',
]);

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every name, and every distinctive word of it ("Jane" and "Doe" of "Jane Doe"), with its
 * replacement. Notes say "Jane" far more often than "Jane Doe", and hiding only the full
 * name would leave the person recognisable. Whole names come first, so that "Jane Doe"
 * becomes one "Person 1" rather than "Person 1 Person 1".
 */
function replacements(
  partner: Partner | undefined,
  names: readonly string[],
): Array<[string, string]> {
  const whole: Array<[string, string]> = [];
  for (const name of [partner?.name, partner?.organisation]) {
    if (name?.trim()) whole.push([name.trim(), PARTNER_PLACEHOLDER]);
  }
  names
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .forEach((name, i) => whole.push([name, `Person ${i + 1}`]));

  const terms = new Map<string, [string, string]>();
  const add = (term: string, replacement: string): void => {
    const key = term.toLowerCase();
    if (!terms.has(key)) terms.set(key, [term, replacement]);
  };
  for (const [name, replacement] of whole) add(name, replacement);
  for (const [name, replacement] of whole) {
    for (const word of name.split(/\s+/)) {
      const part = word.replace(EDGE_PUNCTUATION, '');
      if (part.length >= 2 && !COMMON_WORDS.has(part.toLowerCase())) add(part, replacement);
    }
  }
  // Longest first: the alternation tries terms in order and takes the first that fits.
  return [...terms.values()].sort((a, b) => b[0].length - a[0].length);
}

/** A function replacing the names, case-insensitive and as whole words only. */
export function nameReplacer(
  partner: Partner | undefined,
  names: readonly string[] = [],
): (text: string) => string {
  const terms = replacements(partner, names);
  if (terms.length === 0) return (text) => text;
  // One capture group per term tells which term matched; one pass over the text means a
  // replacement ("Partner", "Person 1") is never itself replaced again.
  const alternatives = terms.map(([term]) => `(${escapeRegExp(term).replace(/\s+/g, '\\s+')})`);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return (text) =>
    text.replace(pattern, (match: string, ...groups: unknown[]) => {
      const index = groups.findIndex((group, i) => i < terms.length && group !== undefined);
      return terms[index]?.[1] ?? match;
    });
}

function anonymiseKinds(kinds: KindLabels, hide: (text: string) => string): KindLabels {
  return Object.fromEntries(Object.entries(kinds).map(([id, label]) => [id, hide(label)]));
}

/** The other side's speakers of the call's quotes and transcript, in order of first appearance. */
function speakersOf(input: CallExport): string[] {
  const lines = [...input.moments.flatMap((m) => m.quote ?? []), ...(input.transcript ?? [])];
  return [...new Set(lines.filter((l) => !l.mine).map((l) => l.speaker.trim()))].filter(Boolean);
}

/**
 * The export with the partner's name and organisation replaced by "Partner" and each of
 * `names` by "Person n", in every text the user wrote. The call's link is dropped: a
 * meeting URL can name the company (acme.zoom.us) and cannot be rewritten meaningfully.
 * Records are reduced to their documented fields first, so that a full database row's
 * search `words` (which hold the names) cannot travel along.
 */
export function anonymiseExport(input: CallExport, options: AnonymiseOptions = {}): CallExport {
  // Whoever spoke in the captions is hidden too, after the names given: "Person n" in order
  // of first appearance, in the speaker field and wherever quote or note text names them.
  const hide = nameReplacer(input.partner, [...(options.names ?? []), ...speakersOf(input)]);
  const line = <L extends QuoteLine>(l: L): L => ({
    ...l,
    speaker: l.mine ? 'Me' : hide(l.speaker),
    text: hide(l.text),
  });
  const { call, partner } = input;
  const kept = callRecord(call);
  delete kept.url;
  return {
    ...input,
    call: {
      ...kept,
      title: hide(call.title),
      notes: hide(call.notes),
      ...(call.prep && {
        prep: {
          goal: hide(call.prep.goal),
          bring: hide(call.prep.bring),
          need: hide(call.prep.need),
        },
      }),
      ...(call.outcome && {
        outcome: { reached: call.outcome.reached, why: hide(call.outcome.why) },
      }),
    },
    ...(partner && {
      partner: {
        ...partnerRecord(partner),
        name: PARTNER_PLACEHOLDER,
        ...(partner.organisation !== undefined && { organisation: PARTNER_PLACEHOLDER }),
        notes: hide(partner.notes),
      },
    }),
    moments: input.moments.map((m) => {
      const record = momentRecord(m);
      return {
        ...record,
        note: hide(m.note),
        ...(record.quote && { quote: record.quote.map(line) }),
      };
    }),
    ...(input.kinds && { kinds: anonymiseKinds(input.kinds, hide) }),
    ...(input.transcript && {
      transcript: transcriptRecord({ callId: call.id, lines: [...input.transcript] }).lines.map(
        line,
      ),
    }),
  };
}
