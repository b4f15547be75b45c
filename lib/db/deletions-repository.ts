import type { Call, Moment, Partner, TranscriptLine } from '../domain/model';
import { putMoments, storedMoments } from './call-moments';
import { requireCall } from './calls-repository';
import type { ReciprocityDatabase } from './database';
import { refreshCall } from './moments-repository';
import { momentWriteTables, wholeCallTables } from './transaction-scopes';

/** Everything a deletion removed or changed, kept by the UI so that Undo puts it back. */
export interface DeletedCall {
  kind: 'call';
  call: Call;
  moments: Moment[];
  /** Its kept caption transcript, when there was one. */
  transcript?: TranscriptLine[];
}

export interface DeletedPartner {
  kind: 'partner';
  partner: Partner;
  /** Calls that pointed at the partner; they are kept, without a partner. */
  callIds: string[];
}

export interface MergedPartner {
  kind: 'merge';
  partner: Partner;
  intoId: string;
  callIds: string[];
}

export type Undoable = DeletedCall | DeletedPartner | MergedPartner;

/** Deletes a call, its moments and its transcript in one transaction. */
export async function deleteCall(db: ReciprocityDatabase, callId: string): Promise<DeletedCall> {
  return db.transaction('rw', db.calls, db.callMoments, db.transcripts, async () => {
    const [call, moments, transcript] = await Promise.all([
      requireCall(db, callId),
      storedMoments(db, callId),
      db.transcripts.get(callId),
    ]);
    await Promise.all([
      db.callMoments.delete(callId),
      db.calls.delete(callId),
      db.transcripts.delete(callId),
    ]);
    return { kind: 'call', call, moments, ...(transcript ? { transcript: transcript.lines } : {}) };
  });
}

/** Deletes a partner; their calls stay, without a partner. */
export async function deletePartner(
  db: ReciprocityDatabase,
  partnerId: string,
): Promise<DeletedPartner> {
  return db.transaction('rw', momentWriteTables(db), async () => {
    const partner = await db.partners.get(partnerId);
    if (!partner) throw new Error('That partner no longer exists.');
    const callIds = await relink(db, partnerId, undefined);
    await db.partners.delete(partnerId);
    return { kind: 'partner', partner, callIds };
  });
}

/** Merges a duplicate partner (a typo) into another: its calls move, it goes. */
export async function mergePartner(
  db: ReciprocityDatabase,
  partnerId: string,
  intoId: string,
): Promise<MergedPartner> {
  if (partnerId === intoId) throw new Error('A partner cannot be merged into itself.');
  return db.transaction('rw', momentWriteTables(db), async () => {
    const [partner, into] = await Promise.all([
      db.partners.get(partnerId),
      db.partners.get(intoId),
    ]);
    if (!partner || !into) throw new Error('That partner no longer exists.');
    const callIds = await relink(db, partnerId, intoId);
    await db.partners.delete(partnerId);
    return { kind: 'merge', partner, intoId, callIds };
  });
}

/** Points the partner's calls at `to` (or at no partner) and refreshes their search words. */
async function relink(
  db: ReciprocityDatabase,
  from: string,
  to: string | undefined,
): Promise<string[]> {
  const calls = await db.calls.where('partnerId').equals(from).toArray();
  const now = Date.now();
  for (const call of calls) {
    const moved: Call = { ...call, updatedAt: now };
    if (to) moved.partnerId = to;
    else delete moved.partnerId;
    await db.calls.put(moved);
    await refreshCall(db, call.id, now);
  }
  return calls.map((c) => c.id);
}

/** Undoes a deletion or merge exactly, in one transaction. */
export async function undo(db: ReciprocityDatabase, change: Undoable): Promise<void> {
  await db.transaction('rw', wholeCallTables(db), async () => {
    if (change.kind === 'call') {
      if (change.transcript) {
        await db.transcripts.put({ callId: change.call.id, lines: change.transcript });
      }
      // Undos are offered side by side and may be taken in any order: a call whose partner
      // was deleted or merged away since comes back without one, never pointing at nothing.
      const { partnerId, ...unlinked } = change.call;
      const partnerGone = partnerId !== undefined && !(await db.partners.get(partnerId));
      await db.calls.put(partnerGone ? unlinked : change.call);
      await putMoments(db, change.call.id, change.moments);
      // Its search words named the partner: derive them again without.
      if (partnerGone) await refreshCall(db, change.call.id, Date.now(), change.moments);
      return;
    }
    await db.partners.put(change.partner);
    const now = Date.now();
    for (const id of change.callIds) {
      const call = await db.calls.get(id);
      if (!call) continue;
      await db.calls.put({ ...call, partnerId: change.partner.id, updatedAt: now });
      await refreshCall(db, id, now);
    }
  });
}
