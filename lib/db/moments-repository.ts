import { withFollowUpIndex } from '../domain/follow-up';
import { stampMoment } from '../domain/lead-time';
import type { Call, CallTally, FollowUpState, Moment, Side, Weight } from '../domain/model';
import type { SummaryOptions } from '../domain/reciprocity';
import { addToTally } from '../domain/tally';
import { derivedFields } from './call-derived';
import { inTimeOrder, putMoments, storedMoments } from './call-moments';
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

/** Which moment: its id and the call it belongs to (moments are stored per call). */
export type MomentRef = Pick<Moment, 'id' | 'callId'>;

export function cleanNote(note: string): string {
  return note.trim().slice(0, NOTE_MAX);
}

/**
 * Recomputes the call's tally and search words; call inside the writer's transaction.
 * `moments` are the call's moments when the caller already holds them.
 */
export async function refreshCall(
  db: ReciprocityDatabase,
  callId: string,
  now: number,
  known?: Moment[],
): Promise<CallTally> {
  const call = await requireCall(db, callId);
  const [moments, partner, options] = await Promise.all([
    known ?? storedMoments(db, callId),
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
  /** The call's stored moments. */
  moments: Moment[];
  leadMs: number;
}

/** Issues its reads at once: inside a transaction they share one round trip with the caller's. */
async function newMomentContext(
  db: ReciprocityDatabase,
  callId: string,
  withLeadTime: boolean,
): Promise<NewMomentContext> {
  const [options, moments, leadMs] = await Promise.all([
    storedSummaryOptions(db),
    storedMoments(db, callId),
    withLeadTime ? getLeadTimeMs(db) : 0,
  ]);
  return { options, moments, leadMs };
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
  // A retried write that did commit replaces its moment rather than adding it twice.
  const others = context.moments.filter((m) => m.id !== moment.id);
  const replaces = others.length < context.moments.length;
  const moments = [...others, moment];
  if (!replaces && moment.note === '' && call.tally) {
    // The common case, a tag: the stored tally plus this moment is the full recount (see
    // addToTally's property test), and a moment without a note adds no search words. Both
    // puts go out together, one round trip.
    const tally = addToTally(call.tally, moment, context.options);
    await Promise.all([
      putMoments(db, call.id, moments),
      db.calls.put({ ...call, tally, updatedAt: now }),
    ]);
    return { moment, tally };
  }
  await putMoments(db, call.id, moments);
  return { moment, tally: await refreshCall(db, call.id, now, moments) };
}

/** Adds a moment to a call, and its tally, in one transaction. */
export async function addMoment(
  db: ReciprocityDatabase,
  callId: string,
  input: TagInput,
): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.callMoments, db.settings, db.partners], async () => {
    const [call, context] = await Promise.all([
      db.calls.get(callId),
      newMomentContext(db, callId, true),
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
  return db.transaction('rw', [db.calls, db.callMoments, db.partners, db.settings], async () => {
    const [call, context] = await Promise.all([
      db.calls.get(callId),
      newMomentContext(db, callId, false),
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
  return db.transaction('rw', [db.calls, db.callMoments, db.settings, db.partners], async () => {
    const live = await getLiveCall(db);
    const { call, created } = live
      ? { call: live, created: false }
      : await startCall(db, {}, input.pressedAt);
    const context = await newMomentContext(db, call.id, true);
    const { moment, tally } = await putMoment(db, call, input, context);
    return { call: { ...call, tally }, moment, startedCall: created };
  });
}

/** The call's moments and the one `ref` names, or an error naming what is gone. */
async function momentsWith(
  db: ReciprocityDatabase,
  ref: MomentRef,
): Promise<{ moments: Moment[]; moment: Moment | undefined }> {
  const moments = await storedMoments(db, ref.callId);
  return { moments, moment: moments.find((m) => m.id === ref.id) };
}

export async function deleteMoment(
  db: ReciprocityDatabase,
  ref: MomentRef,
): Promise<Moment | undefined> {
  return db.transaction('rw', [db.calls, db.callMoments, db.partners, db.settings], async () => {
    const { moments, moment } = await momentsWith(db, ref);
    if (!moment) return undefined;
    const rest = moments.filter((m) => m !== moment);
    await putMoments(db, ref.callId, rest);
    await refreshCall(db, ref.callId, Date.now(), rest);
    return moment;
  });
}

/** Puts back a moment removed by undo, exactly as it was. */
export async function restoreMoment(db: ReciprocityDatabase, moment: Moment): Promise<void> {
  await db.transaction('rw', [db.calls, db.callMoments, db.partners, db.settings], async () => {
    await requireCall(db, moment.callId);
    const moments = (await storedMoments(db, moment.callId)).filter((m) => m.id !== moment.id);
    moments.push(withFollowUpIndex(moment));
    await putMoments(db, moment.callId, moments);
    await refreshCall(db, moment.callId, Date.now(), moments);
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
  ref: MomentRef,
  changes: MomentChanges,
): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.callMoments, db.partners, db.settings], async () => {
    const [call, { moments, moment }] = await Promise.all([
      db.calls.get(ref.callId),
      momentsWith(db, ref),
    ]);
    if (!call || !moment) throw new Error('That moment no longer exists.');
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
    const next = moments.map((m) => (m === moment ? stored : m));
    await putMoments(db, ref.callId, next);
    await refreshCall(db, ref.callId, now, next);
    return stored;
  });
}

export async function momentsOfCall(db: ReciprocityDatabase, callId: string): Promise<Moment[]> {
  return inTimeOrder([...(await storedMoments(db, callId))]);
}
