import type { Call, CallOutcome, Moment, Platform } from '../../lib/domain/model';
import { searchWords } from '../../lib/domain/search-words';
import { computeTally } from '../../lib/domain/tally';
import { makeMoments } from './call-moments';
import type { GeneratedPartner } from './partners';
import { weighted } from './personalities';
import { DAY, type ScheduledCall } from './schedule';
import type { Random } from './seeded-random';
import {
  CALL_NOTES,
  OUTCOME_WHY,
  PREP_BRING,
  PREP_GOALS,
  PREP_NEED,
  TITLE_TOPICS,
} from './vocabulary';

const PLATFORM = weighted<Platform>([
  ['meet', 40],
  ['zoom', 30],
  ['teams', 20],
  ['webex', 5],
  ['other', 5],
]);
const TOPIC = weighted(TITLE_TOPICS);
const REACHED = weighted<CallOutcome['reached']>([
  ['yes', 50],
  ['partly', 35],
  ['no', 15],
]);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function letters(random: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 1) s += LETTERS[random.int(0, 25)] ?? 'a';
  return s;
}

function meetingUrl(random: Random, platform: Platform): string | undefined {
  switch (platform) {
    case 'meet':
      return `https://meet.google.com/${letters(random, 3)}-${letters(random, 4)}-${letters(random, 3)}`;
    case 'zoom':
      return `https://zoom.us/j/${random.int(10_000_000_000, 99_999_999_999)}`;
    case 'teams':
      return `https://teams.microsoft.com/l/meetup-join/${random.uuid()}`;
    case 'webex':
      return `https://meet.webex.com/meet/pr${random.int(1_000_000_000, 9_999_999_999)}`;
    case 'other':
      return undefined;
  }
}

export interface GeneratedCall {
  call: Call;
  moments: Moment[];
}

/**
 * One ended call with its moments, tally and search words derived exactly as the
 * repository derives them (lib/db/call-derived.ts), so generated data looks stored.
 */
export function makeCall(
  random: Random,
  slot: ScheduledCall,
  partner: GeneratedPartner | undefined,
  options: { momentsPerCall: number; endAt: number },
): GeneratedCall {
  const id = random.uuid();
  const who = partner?.partner;
  const title = `${who?.name ?? 'Call'} — ${TOPIC(random)}`;
  const platform = PLATFORM(random);
  const url = random.chance(0.85) ? meetingUrl(random, platform) : undefined;
  const notes = random.chance(0.3) ? random.pick(CALL_NOTES) : '';
  const endedAt = slot.startedAt + slot.durationMs;
  const prep = random.chance(0.35)
    ? {
        goal: random.pick(PREP_GOALS),
        bring: random.pick(PREP_BRING),
        need: random.pick(PREP_NEED),
      }
    : undefined;
  const outcome = random.chance(0.25)
    ? { reached: REACHED(random), why: random.pick(OUTCOME_WHY) }
    : undefined;
  const moments = makeMoments(random, {
    callId: id,
    startedAt: slot.startedAt,
    durationMs: slot.durationMs,
    personality: partner?.personality ?? 'balanced',
    momentsPerCall: options.momentsPerCall,
    endAt: options.endAt,
  });
  // Reviewing the call or resolving a follow-up later touches the call too.
  let updatedAt = random.chance(0.5) ? endedAt + random.int(0, 2 * DAY) : endedAt;
  for (const m of moments) if (m.updatedAt > updatedAt) updatedAt = m.updatedAt;

  const call: Call = {
    id,
    title,
    platform,
    startedAt: slot.startedAt,
    endedAt,
    notes,
    updatedAt: Math.max(endedAt, Math.min(updatedAt, options.endAt)),
    tally: computeTally(moments),
    words: searchWords([
      title,
      who?.name ?? '',
      who?.organisation ?? '',
      notes,
      ...moments.map((m) => m.note),
    ]),
    ...(who ? { partnerId: who.id } : {}),
    ...(url ? { url } : {}),
    ...(prep ? { prep } : {}),
    ...(outcome ? { outcome } : {}),
  };
  return { call, moments };
}
