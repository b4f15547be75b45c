import { withFollowUpIndex } from '../domain/follow-up';
import { stampMoment } from '../domain/lead-time';
import type { Call, CallTally, FollowUpState, Moment, QuoteLine, TagPress } from '../domain/model';
import { cleanQuote } from '../domain/quotes/quote';
import type { SummaryOptions } from '../domain/reciprocity';
import { addToTally } from '../domain/tally';
import { derivedFields } from './call-derived';
import { committedWrite } from './commit-signal';
import { inTimeOrder, putMoments, storedMoments } from './call-moments';
import type { ReciprocityDatabase } from './database';
import { storedSummaryOptions, tagSettings } from './settings-repository';
import { getLiveCall, requireCall, startCall } from './calls-repository';
import { momentWriteTables } from './transaction-scopes';

export const NOTE_MAX = 10_000;

/** A press to write as a moment; without an id, the moment gets a new one. */
export interface TagInput extends Omit<TagPress, 'id'>, Partial<Pick<TagPress, 'id'>> {
  note?: string;
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
  const [{ options, leadMs }, moments] = await Promise.all([
    tagSettings(db),
    storedMoments(db, callId),
  ]);
  return { options, moments, leadMs: withLeadTime ? leadMs : 0 };
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

/** A new moment and what its call's rows become. */
interface NewMoment {
  moment: Moment;
  /** The call's moments with it. */
  moments: Moment[];
  /** Set when this is a plain tag: the call row with its tally, ready to put as it is. */
  call?: Call;
}

type PlainTag = NewMoment & { call: Call };

function newMoment(
  call: Call,
  input: Omit<TagInput, 'pressedAt'>,
  at: number,
  offsetMs: number,
  context: NewMomentContext,
  now: number,
): NewMoment {
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
  if (replaces || moment.note !== '' || !call.tally) return { moment, moments };
  // The common case, a tag: the stored tally plus this moment is the full recount (see
  // addToTally's property test), and a moment without a note adds no search words.
  const tally = addToTally(call.tally, moment, context.options);
  return { moment, moments, call: { ...call, tally, updatedAt: now } };
}

function plainTag(made: NewMoment): PlainTag | undefined {
  return made.call ? { ...made, call: made.call } : undefined;
}

/** A plain tag's two puts, sent together: one round trip. */
async function putTag(db: ReciprocityDatabase, tag: PlainTag): Promise<void> {
  await Promise.all([putMoments(db, tag.call.id, tag.moments), db.calls.put(tag.call)]);
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
  const made = newMoment(call, input, at, offsetMs, context, now);
  const tag = plainTag(made);
  if (tag) {
    await putTag(db, tag);
    return { moment: tag.moment, tally: tag.call.tally };
  }
  await putMoments(db, call.id, made.moments);
  return { moment: made.moment, tally: await refreshCall(db, call.id, now, made.moments) };
}

/** What a plain tag read and wrote, kept for the next tag of the same call (see addMoment). */
interface LastTag {
  call: Call;
  context: NewMomentContext;
}

const lastTags = new WeakMap<ReciprocityDatabase, LastTag>();

/** Equal as stored: rows read back are structured clones, their keys in the written order. */
function sameRow(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameAsLastTag(last: LastTag, call: Call, context: NewMomentContext): boolean {
  const [was, is] = [last.context.moments, context.moments];
  return (
    last.context.leadMs === context.leadMs &&
    sameRow(last.context.options, context.options) &&
    sameRow(last.call, call) &&
    was.length === is.length &&
    was.every((m, i) => sameRow(m, is[i]))
  );
}

/** The tag made from the rows the last tag of this call left, if that was a plain tag. */
function guessTag(
  last: LastTag | undefined,
  callId: string,
  input: TagInput,
): PlainTag | undefined {
  if (last?.call.id !== callId) return undefined;
  const { at, offsetMs } = stampMoment(input.pressedAt, last.call.startedAt, last.context.leadMs);
  return plainTag(newMoment(last.call, input, at, offsetMs, last.context, Date.now()));
}

/**
 * Adds a moment to a call, and its tally, in one transaction.
 *
 * A tag of the call this context tagged last sends its puts together with its reads, made
 * from the rows that tag wrote: one round trip to the database instead of two, most of a
 * tag's time to commit. The reads then check that guess; if anything differs (another
 * window or the background wrote meanwhile), the puts are made again from what was read,
 * in the same transaction, so what commits is always built on the stored rows.
 */
export async function addMoment(
  db: ReciprocityDatabase,
  callId: string,
  input: TagInput,
): Promise<Moment> {
  // Resolves on the commit itself, before Dexie re-runs the live queries it touched: the
  // panel shows the tag saved first, then the queries read it (see commit-signal.ts).
  return committedWrite(
    (scope) => db.transaction('rw', momentWriteTables(db), scope),
    () => writeTag(db, callId, input),
  );
}

/** `addMoment`'s work inside its transaction. */
async function writeTag(db: ReciprocityDatabase, callId: string, input: TagInput): Promise<Moment> {
  const last = lastTags.get(db);
  const guess = guessTag(last, callId, input);
  const [[call, context]] = await Promise.all([
    Promise.all([db.calls.get(callId), newMomentContext(db, callId, true)]),
    guess ? putTag(db, guess) : undefined,
  ]);
  if (!call) throw new Error('That call no longer exists.');
  if (last && guess && sameAsLastTag(last, call, context)) {
    lastTags.set(db, { call: guess.call, context: { ...context, moments: guess.moments } });
    return guess.moment;
  }
  const { at, offsetMs } = stampMoment(input.pressedAt, call.startedAt, context.leadMs);
  const made = newMoment(call, input, at, offsetMs, context, Date.now());
  const tag = plainTag(made);
  if (!tag) {
    lastTags.delete(db);
    await putMoments(db, call.id, made.moments);
    await refreshCall(db, call.id, Date.now(), made.moments);
    return made.moment;
  }
  await putTag(db, tag);
  lastTags.set(db, { call: tag.call, context: { ...context, moments: tag.moments } });
  return tag.moment;
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
  return db.transaction('rw', momentWriteTables(db), async () => {
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
  return db.transaction('rw', momentWriteTables(db), async () => {
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
  return db.transaction('rw', momentWriteTables(db), async () => {
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
  await db.transaction('rw', momentWriteTables(db), async () => {
    await requireCall(db, moment.callId);
    const moments = (await storedMoments(db, moment.callId)).filter((m) => m.id !== moment.id);
    moments.push(withFollowUpIndex(moment));
    await putMoments(db, moment.callId, moments);
    await refreshCall(db, moment.callId, Date.now(), moments);
  });
}

export interface MomentChanges extends Partial<
  Pick<Moment, 'side' | 'kind' | 'note' | 'weight' | 'offsetMs' | 'state' | 'quoteSideDismissed'>
> {
  /** A due date, or null to clear it. */
  dueAt?: number | null;
  /** The quote as the user edited it; empty or null removes it. */
  quote?: QuoteLine[] | null;
}

export async function updateMoment(
  db: ReciprocityDatabase,
  ref: MomentRef,
  changes: MomentChanges,
): Promise<Moment> {
  return db.transaction('rw', momentWriteTables(db), async () => {
    const [call, { moments, moment }] = await Promise.all([
      db.calls.get(ref.callId),
      momentsWith(db, ref),
    ]);
    if (!call || !moment) throw new Error('That moment no longer exists.');
    const now = Date.now();
    const { dueAt, quote, ...rest } = changes;
    const updated: Moment = { ...moment, ...rest, updatedAt: now };
    if (quote !== undefined) setQuote(updated, quote);
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

/** Sets or removes (null, or nothing left once cleaned) a moment's quote in place. */
function setQuote(moment: Moment, quote: QuoteLine[] | null): void {
  const cleaned = quote ? cleanQuote(quote) : [];
  if (cleaned.length > 0) moment.quote = cleaned;
  else delete moment.quote;
}

export async function momentsOfCall(db: ReciprocityDatabase, callId: string): Promise<Moment[]> {
  return inTimeOrder([...(await storedMoments(db, callId))]);
}
