import { withFollowUpIndex } from '../domain/follow-up';
import { stampMoment } from '../domain/lead-time';
import type { Call, CallTally, FollowUpState, Moment, Side, Weight } from '../domain/model';
import type { SummaryOptions } from '../domain/reciprocity';
import { addToTally } from '../domain/tally';
import { derivedFields } from './call-derived';
import type { ReciprocityDatabase } from './database';
import { getLeadTimeMs, storedSummaryOptions } from './settings-repository';
import { getLiveCall, requireCall, startCall } from './calls-repository';

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
  state?: FollowUpState;
  dueAt?: number;
}

export function cleanNote(note: string): string {
  return note.trim().slice(0, NOTE_MAX);
}

/** Recomputes the call's tally and search words; call inside the writer's transaction. */
export async function refreshCall(
  db: ReciprocityDatabase,
  callId: string,
  now: number,
): Promise<CallTally> {
  const call = await requireCall(db, callId);
  const [moments, partner, options] = await Promise.all([
    db.moments.where('callId').equals(callId).toArray(),
    call.partnerId ? db.partners.get(call.partnerId) : undefined,
    storedSummaryOptions(db),
  ]);
  const derived = derivedFields(call, moments, partner, options);
  await db.calls.update(callId, { ...derived, updatedAt: now });
  return derived.tally;
}

/** What writing a new moment needs besides its call, read in one round trip with the call. */
interface NewMomentContext {
  /** How the stored catalogue counts kinds: the tally must count as a full recount would. */
  options: SummaryOptions;
  /** A moment with the chosen id is already stored (a retried write that did commit). */
  replaces: boolean;
  leadMs: number;
}

/** Issues its reads at once: inside a transaction they share one round trip with the caller's. */
async function newMomentContext(
  db: ReciprocityDatabase,
  momentId: string | undefined,
  withLeadTime: boolean,
): Promise<NewMomentContext> {
  const [options, existing, leadMs] = await Promise.all([
    storedSummaryOptions(db),
    momentId ? db.moments.get(momentId) : undefined,
    withLeadTime ? getLeadTimeMs(db) : 0,
  ]);
  return { options, replaces: existing !== undefined, leadMs };
}

function putMoment(
  db: ReciprocityDatabase,
  call: Call,
  input: TagInput,
  context: NewMomentContext,
): Promise<{ moment: Moment; tally: CallTally }> {
  const { at, offsetMs } = stampMoment(input.pressedAt, call.startedAt, context.leadMs);
  return writeNewMoment(db, call, input, at, offsetMs, context);
}

async function writeNewMoment(
  db: ReciprocityDatabase,
  call: Call,
  input: Omit<TagInput, 'pressedAt'>,
  at: number,
  offsetMs: number,
  context: NewMomentContext,
): Promise<{ moment: Moment; tally: CallTally }> {
  const now = Date.now();
  const moment: Moment = withFollowUpIndex({
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
    ...(input.state ? { state: input.state } : {}),
    ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
  });
  if (!context.replaces && moment.note === '' && call.tally) {
    // The common case, a tag: the stored tally plus this moment is the full recount (see
    // addToTally's property test), and a moment without a note adds no search words. Both
    // puts go out together: no read of the call's moments, one round trip.
    const tally = addToTally(call.tally, moment, context.options);
    await Promise.all([db.moments.put(moment), db.calls.put({ ...call, tally, updatedAt: now })]);
    return { moment, tally };
  }
  await db.moments.put(moment);
  return { moment, tally: await refreshCall(db, call.id, now) };
}

/** Adds a moment to a call, and its tally, in one transaction. */
export async function addMoment(
  db: ReciprocityDatabase,
  callId: string,
  input: TagInput,
): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.moments, db.settings, db.partners], async () => {
    const [call, context] = await Promise.all([
      db.calls.get(callId),
      newMomentContext(db, input.id, true),
    ]);
    if (!call) throw new Error('That call no longer exists.');
    return (await putMoment(db, call, input, context)).moment;
  });
}

export interface MissedMomentInput extends Omit<TagInput, 'pressedAt'> {
  /** Where in the call it happened, chosen by the user: no lead time is applied. */
  offsetMs: number;
}

/** Adds a moment the user missed during the call, at the time they choose afterwards. */
export async function addMissedMoment(
  db: ReciprocityDatabase,
  callId: string,
  input: MissedMomentInput,
): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.moments, db.partners, db.settings], async () => {
    const [call, context] = await Promise.all([
      db.calls.get(callId),
      newMomentContext(db, input.id, false),
    ]);
    if (!call) throw new Error('That call no longer exists.');
    const offsetMs = clampOffset(call, input.offsetMs);
    const at = call.startedAt + offsetMs;
    return (await writeNewMoment(db, call, input, at, offsetMs, context)).moment;
  });
}

/** Keeps a chosen time inside the call: not before its start, not after its end. */
function clampOffset(call: Call, offsetMs: number): number {
  const end = call.endedAt === null ? Number.POSITIVE_INFINITY : call.endedAt - call.startedAt;
  return Math.round(Math.min(Math.max(0, offsetMs), end));
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
    const [live, context] = await Promise.all([
      getLiveCall(db),
      newMomentContext(db, input.id, true),
    ]);
    const { call, created } = live
      ? { call: live, created: false }
      : await startCall(db, {}, input.pressedAt);
    const { moment, tally } = await putMoment(db, call, input, context);
    return { call: { ...call, tally }, moment, startedCall: created };
  });
}

export async function deleteMoment(
  db: ReciprocityDatabase,
  momentId: string,
): Promise<Moment | undefined> {
  return db.transaction('rw', [db.calls, db.moments, db.partners, db.settings], async () => {
    const moment = await db.moments.get(momentId);
    if (!moment) return undefined;
    await db.moments.delete(momentId);
    await refreshCall(db, moment.callId, Date.now());
    return moment;
  });
}

/** Puts back a moment removed by undo, exactly as it was. */
export async function restoreMoment(db: ReciprocityDatabase, moment: Moment): Promise<void> {
  await db.transaction('rw', [db.calls, db.moments, db.partners, db.settings], async () => {
    await requireCall(db, moment.callId);
    await db.moments.put(withFollowUpIndex(moment));
    await refreshCall(db, moment.callId, Date.now());
  });
}

export interface MomentChanges extends Partial<
  Pick<Moment, 'side' | 'kind' | 'note' | 'weight' | 'offsetMs' | 'state'>
> {
  /** A due date, or null to clear it. */
  dueAt?: number | null;
}

export async function updateMoment(
  db: ReciprocityDatabase,
  momentId: string,
  changes: MomentChanges,
): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.moments, db.partners, db.settings], async () => {
    const moment = await db.moments.get(momentId);
    if (!moment) throw new Error('That moment no longer exists.');
    const call = await requireCall(db, moment.callId);
    const now = Date.now();
    const { dueAt, ...rest } = changes;
    const updated: Moment = { ...moment, ...rest, updatedAt: now };
    if (changes.note !== undefined) updated.note = cleanNote(changes.note);
    if (changes.offsetMs !== undefined) {
      updated.offsetMs = clampOffset(call, changes.offsetMs);
      updated.at = call.startedAt + updated.offsetMs;
    }
    if (dueAt === null) delete updated.dueAt;
    else if (dueAt !== undefined) updated.dueAt = dueAt;
    const stored = withFollowUpIndex(updated);
    await db.moments.put(stored);
    await refreshCall(db, moment.callId, now);
    return stored;
  });
}

export async function momentsOfCall(db: ReciprocityDatabase, callId: string): Promise<Moment[]> {
  const moments = await db.moments.where('callId').equals(callId).toArray();
  return moments.sort((a, b) => a.at - b.at || a.createdAt - b.createdAt);
}
