import { followUpKind, withFollowUpIndex } from '../../lib/domain/follow-up';
import type { Moment, Side, Weight } from '../../lib/domain/model';
import { MIXES, OFF_DAY, PERSONALITY_SHARE, weighted, type Personality } from './personalities';
import { DAY, MEAN_DURATION_MS } from './schedule';
import type { Random } from './seeded-random';
import { COMMITMENT_WHEN, NOTE_OBJECTS, NOTE_OPENERS, RARE_WORDS } from './vocabulary';

export interface CallContext {
  callId: string;
  startedAt: number;
  durationMs: number;
  personality: Personality;
  momentsPerCall: number;
  endAt: number;
}

/** Share of non-note moments with a note; note moments always have one: ≈15% in all. */
const NOTE_SHARE = 0.08;
/** Follow-ups of the last two weeks are often still open; older ones rarely. */
const RECENT_MS = 14 * DAY;
const OPEN_ASK = { recent: 0.35, old: 0.04 };
const OPEN_COMMITMENT = { recent: 0.6, old: 0.15 };
const DUE_DATE_SHARE = 0.6;

const KIND_OF: Readonly<Record<Personality, (random: Random) => string>> = {
  taker: weighted(MIXES.taker),
  balanced: weighted(MIXES.balanced),
  giver: weighted(MIXES.giver),
};
const MOOD = weighted(PERSONALITY_SHARE);
const WEIGHT = weighted<Weight>([
  [1, 85],
  [2, 12],
  [3, 3],
]);

function noteFor(random: Random, kind: string): string {
  let note = `${random.pick(NOTE_OPENERS[kind] ?? NOTE_OPENERS.note ?? [''])} ${random.pick(NOTE_OBJECTS)}`;
  if (kind === 'commitment' && random.chance(0.5)) note += ` ${random.pick(COMMITMENT_WHEN)}`;
  for (const rare of RARE_WORDS) if (random.chance(rare.rate)) note += ` ${rare.phrase}`;
  return note;
}

/** Moments vary with the call's length and by ±25%, averaging `momentsPerCall`. */
function momentCount(random: Random, ctx: CallContext): number {
  const jitter = 0.75 + 0.5 * random.next();
  return Math.round(ctx.momentsPerCall * (ctx.durationMs / MEAN_DURATION_MS) * jitter);
}

/**
 * Follow-up as a user leaves it: asks answered or declined days later, commitments
 * done, a few still open (more in recent calls), some commitments with a due date.
 */
function withFollowUp(random: Random, moment: Moment, recent: boolean, endAt: number): Moment {
  const kind = followUpKind(moment.kind);
  if (!kind) return moment;
  const resolvedAt = Math.min(endAt, moment.at + random.int(0, 7 * DAY));
  if (kind === 'commitment') {
    if (random.chance(DUE_DATE_SHARE)) moment.dueAt = moment.at + random.int(1, 30) * DAY;
    if (!random.chance(recent ? OPEN_COMMITMENT.recent : OPEN_COMMITMENT.old)) {
      moment.state = 'done';
      moment.updatedAt = resolvedAt;
    }
  } else if (!random.chance(recent ? OPEN_ASK.recent : OPEN_ASK.old)) {
    moment.state = random.chance(0.8) ? 'answered' : 'declined';
    moment.updatedAt = resolvedAt;
  }
  return moment;
}

/** One call's moments in time order, each stored as the repository would store it. */
export function makeMoments(random: Random, ctx: CallContext): Moment[] {
  const n = momentCount(random, ctx);
  const offsets = Array.from({ length: n }, () => Math.floor(random.next() * ctx.durationMs));
  offsets.sort((a, b) => a - b);
  // Even a taker has good days and a giver bad ones.
  const mood = random.chance(OFF_DAY) ? MOOD(random) : ctx.personality;
  const recent = ctx.startedAt > ctx.endAt - RECENT_MS;
  return offsets.map((offsetMs) => {
    const side: Side = random.chance(0.5) ? 'them' : 'me';
    const kind = (side === 'them' ? KIND_OF[mood] : KIND_OF.balanced)(random);
    const at = ctx.startedAt + offsetMs;
    const moment: Moment = {
      id: random.uuid(),
      callId: ctx.callId,
      side,
      kind,
      at,
      offsetMs,
      note: kind === 'note' || random.chance(NOTE_SHARE) ? noteFor(random, kind) : '',
      weight: WEIGHT(random),
      createdAt: at,
      updatedAt: at,
    };
    return withFollowUpIndex(withFollowUp(random, moment, recent, ctx.endAt));
  });
}
