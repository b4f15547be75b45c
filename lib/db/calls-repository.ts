import { cleanTitle, defaultCallTitle } from '../domain/call-title';
import { cleanPrep } from '../domain/call-prep';
import { checkCallEnd, defaultReEnd, latestMomentAt } from '../domain/call-end';
import type { Call, CallPrep, Platform } from '../domain/model';
import { searchWords } from '../domain/search-words';
import { emptyTally } from '../domain/tally';
import { storedMoments } from './call-moments';
import type { ReciprocityDatabase } from './database';
import { ensurePartner } from './partners-repository';

export interface StartCallInput {
  title?: string;
  partnerName?: string;
  platform?: Platform;
  url?: string;
  prep?: CallPrep;
}

/** The call, or an error a user can read when it was deleted meanwhile (another window). */
export async function requireCall(db: ReciprocityDatabase, callId: string): Promise<Call> {
  const call = await db.calls.get(callId);
  if (!call) throw new Error('That call no longer exists.');
  return call;
}

/** The call, or null when there is none with this id (deleted, or a stale link). */
export async function findCall(db: ReciprocityDatabase, callId: string): Promise<Call | null> {
  return (await db.calls.get(callId)) ?? null;
}

/** The last `limit` calls, newest first. */
export async function recentCalls(db: ReciprocityDatabase, limit: number): Promise<Call[]> {
  return db.calls.orderBy('startedAt').reverse().limit(limit).toArray();
}

export async function getLiveCall(db: ReciprocityDatabase): Promise<Call | undefined> {
  return db.calls.where('live').equals(1).first();
}

/**
 * Starts a call, or returns the live one: there is one live call at a time, in every
 * window, so two panels racing to start get the same call.
 */
export async function startCall(
  db: ReciprocityDatabase,
  input: StartCallInput,
  now: number = Date.now(),
): Promise<{ call: Call; created: boolean }> {
  return db.transaction('rw', db.calls, db.partners, async () => {
    const live = await getLiveCall(db);
    if (live) return { call: live, created: false };
    const call = await newCall(db, input, now);
    await db.calls.add({ ...call, live: 1 });
    return { call: { ...call, live: 1 }, created: true };
  });
}

/**
 * Records a call that is already over, from `startedAt` to `endedAt`, beside whatever call is
 * live: where a tag saved late goes when no call of its time exists.
 */
export async function addEndedCall(
  db: ReciprocityDatabase,
  input: StartCallInput,
  startedAt: number,
  endedAt: number,
): Promise<Call> {
  return db.transaction('rw', db.calls, db.partners, async () => {
    const call: Call = {
      ...(await newCall(db, input, startedAt)),
      endedAt: Math.max(startedAt, endedAt),
    };
    await db.calls.add(call);
    return call;
  });
}

async function newCall(db: ReciprocityDatabase, input: StartCallInput, now: number): Promise<Call> {
  const partner = input.partnerName ? await ensurePartner(db, input.partnerName, now) : undefined;
  const title = cleanTitle(input.title ?? '') || defaultCallTitle(now);
  const prep = input.prep ? cleanPrep(input.prep) : undefined;
  return {
    id: crypto.randomUUID(),
    title,
    platform: input.platform ?? 'other',
    startedAt: now,
    endedAt: null,
    notes: '',
    updatedAt: now,
    tally: emptyTally(),
    words: searchWords([title, partner?.name ?? '', partner?.organisation ?? '']),
    ...(partner ? { partnerId: partner.id } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(prep ? { prep } : {}),
  };
}

/**
 * Ends the live call now; a reopened call ends where `defaultReEnd` says (about its first
 * end when it is ended again long after), so reopening never inflates its length.
 */
export async function endCall(
  db: ReciprocityDatabase,
  callId: string,
  now: number = Date.now(),
): Promise<Call> {
  return db.transaction('rw', db.calls, db.callMoments, async () => {
    const call = await requireCall(db, callId);
    if (call.endedAt !== null) return call;
    const endedAt =
      call.endedBeforeReopen === undefined
        ? Math.max(now, call.startedAt)
        : defaultReEnd({
            startedAt: call.startedAt,
            previousEnd: call.endedBeforeReopen,
            lastMomentAt: await lastMomentAt(db, call),
            now,
          });
    return writeEnd(db, call, endedAt, now);
  });
}

/**
 * Sets when a call ended, as the user chose it: ends a live call at that time, or corrects an
 * ended call's end. A time that is not after the start, in the future or before the last
 * moment is refused with a message saying which; nothing is written then.
 */
export async function setCallEnd(
  db: ReciprocityDatabase,
  callId: string,
  endedAt: number,
  now: number = Date.now(),
): Promise<Call> {
  return db.transaction('rw', db.calls, db.callMoments, async () => {
    const call = await requireCall(db, callId);
    const check = checkCallEnd(endedAt, {
      startedAt: call.startedAt,
      lastMomentAt: await lastMomentAt(db, call),
      now,
    });
    if (!check.ok) throw new Error(check.message);
    return writeEnd(db, call, check.endedAt, now);
  });
}

async function lastMomentAt(db: ReciprocityDatabase, call: Call): Promise<number | null> {
  return latestMomentAt(call.startedAt, await storedMoments(db, call.id));
}

async function writeEnd(
  db: ReciprocityDatabase,
  call: Call,
  endedAt: number,
  now: number,
): Promise<Call> {
  const ended: Call = { ...call, endedAt, updatedAt: now };
  delete ended.live;
  delete ended.endedBeforeReopen;
  await db.calls.put(ended);
  return ended;
}
