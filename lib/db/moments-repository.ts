import { stampMoment } from '../domain/lead-time';
import type { Call, CallTally, Moment, Side, Weight } from '../domain/model';
import { computeTally } from '../domain/tally';
import type { ReciprocityDatabase } from './database';
import { getLeadTimeMs } from './settings-repository';
import { getLiveCall, startCall } from './calls-repository';

export const NOTE_MAX = 10_000;

export interface TagInput {
  /** Chosen by the caller so that a retried write cannot duplicate the moment. */
  id?: string;
  side: Side;
  kind: string;
  /** When the key was pressed; the lead time is subtracted from it. */
  pressedAt: number;
  note?: string;
  weight?: Weight;
}

export function cleanNote(note: string): string {
  return note.trim().slice(0, NOTE_MAX);
}

async function refreshTally(
  db: ReciprocityDatabase,
  callId: string,
  now: number,
): Promise<CallTally> {
  const moments = await db.moments.where('callId').equals(callId).toArray();
  const tally = computeTally(moments);
  await db.calls.update(callId, { tally, updatedAt: now });
  return tally;
}

async function putMoment(
  db: ReciprocityDatabase,
  call: Call,
  input: TagInput,
): Promise<{ moment: Moment; tally: CallTally }> {
  const leadMs = await getLeadTimeMs(db);
  const { at, offsetMs } = stampMoment(input.pressedAt, call.startedAt, leadMs);
  const now = Date.now();
  const moment: Moment = {
    id: input.id ?? crypto.randomUUID(),
    callId: call.id,
    side: input.side,
    kind: input.kind,
    at,
    offsetMs,
    note: cleanNote(input.note ?? ''),
    weight: input.weight ?? 1,
    createdAt: now,
    updatedAt: now,
  };
  await db.moments.put(moment);
  return { moment, tally: await refreshTally(db, call.id, now) };
}

/** Adds a moment to a call, and its tally, in one transaction. */
export async function addMoment(
  db: ReciprocityDatabase,
  callId: string,
  input: TagInput,
): Promise<Moment> {
  return db.transaction('rw', db.calls, db.moments, db.settings, async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new Error('That call no longer exists.');
    return (await putMoment(db, call, input)).moment;
  });
}

/**
 * Tags the live call, starting one when none is live, so that a shortcut pressed
 * before anyone clicked "Start" still loses nothing.
 */
export async function tagLiveCall(
  db: ReciprocityDatabase,
  input: TagInput,
): Promise<{ call: Call; moment: Moment; startedCall: boolean }> {
  return db.transaction('rw', [db.calls, db.moments, db.settings, db.partners], async () => {
    const live = await getLiveCall(db);
    const { call, created } = live
      ? { call: live, created: false }
      : await startCall(db, {}, input.pressedAt);
    const { moment, tally } = await putMoment(db, call, input);
    return { call: { ...call, tally }, moment, startedCall: created };
  });
}

export async function deleteMoment(
  db: ReciprocityDatabase,
  momentId: string,
): Promise<Moment | undefined> {
  return db.transaction('rw', db.calls, db.moments, async () => {
    const moment = await db.moments.get(momentId);
    if (!moment) return undefined;
    await db.moments.delete(momentId);
    await refreshTally(db, moment.callId, Date.now());
    return moment;
  });
}

/** Puts back a moment removed by undo, exactly as it was. */
export async function restoreMoment(db: ReciprocityDatabase, moment: Moment): Promise<void> {
  await db.transaction('rw', db.calls, db.moments, async () => {
    if (!(await db.calls.get(moment.callId))) throw new Error('That call no longer exists.');
    await db.moments.put(moment);
    await refreshTally(db, moment.callId, Date.now());
  });
}

export type MomentChanges = Partial<Pick<Moment, 'side' | 'kind' | 'note' | 'weight'>>;

export async function updateMoment(
  db: ReciprocityDatabase,
  momentId: string,
  changes: MomentChanges,
): Promise<Moment> {
  return db.transaction('rw', db.calls, db.moments, async () => {
    const moment = await db.moments.get(momentId);
    if (!moment) throw new Error('That moment no longer exists.');
    const now = Date.now();
    const updated: Moment = {
      ...moment,
      ...changes,
      ...(changes.note !== undefined ? { note: cleanNote(changes.note) } : {}),
      updatedAt: now,
    };
    await db.moments.put(updated);
    await refreshTally(db, moment.callId, now);
    return updated;
  });
}

export async function momentsOfCall(db: ReciprocityDatabase, callId: string): Promise<Moment[]> {
  const moments = await db.moments.where('callId').equals(callId).toArray();
  return moments.sort((a, b) => a.at - b.at || a.createdAt - b.createdAt);
}
