import { cleanTitle } from '../domain/call-title';
import { cleanOutcome, cleanPrep } from '../domain/call-prep';
import type { Call, CallOutcome, CallPrep } from '../domain/model';
import { getLiveCall, requireCall } from './calls-repository';
import type { ReciprocityDatabase } from './database';
import { refreshCall } from './moments-repository';
import { ensurePartner } from './partners-repository';
import { momentWriteTables } from './transaction-scopes';

export const CALL_NOTES_MAX = 10_000;

export interface CallChanges {
  title?: string;
  /** A partner's name (found or created), or '' to clear the partner. */
  partnerName?: string;
  notes?: string;
  /** New prep, or null to remove it. */
  prep?: CallPrep | null;
  /** The answer to "did we reach the goal?", or null to clear it. */
  outcome?: CallOutcome | null;
}

/** Edits a call's own fields in one transaction; its search words follow. */
export async function updateCall(
  db: ReciprocityDatabase,
  callId: string,
  changes: CallChanges,
  now: number = Date.now(),
): Promise<Call> {
  return db.transaction('rw', momentWriteTables(db), async () => {
    const call = await requireCall(db, callId);
    const updated: Call = { ...call, updatedAt: now };
    if (changes.title !== undefined) updated.title = cleanTitle(changes.title) || call.title;
    if (changes.notes !== undefined) updated.notes = changes.notes.trim().slice(0, CALL_NOTES_MAX);
    if (changes.partnerName !== undefined) {
      const partner = await ensurePartner(db, changes.partnerName, now);
      if (partner) updated.partnerId = partner.id;
      else delete updated.partnerId;
    }
    if (changes.prep !== undefined) {
      const prep = changes.prep && cleanPrep(changes.prep);
      if (prep) updated.prep = prep;
      else delete updated.prep;
    }
    if (changes.outcome !== undefined) {
      if (changes.outcome) updated.outcome = cleanOutcome(changes.outcome);
      else delete updated.outcome;
    }
    await db.calls.put(updated);
    await refreshCall(db, callId, now);
    return (await db.calls.get(callId)) ?? updated;
  });
}

/**
 * Makes an ended call live again (ended by mistake). Refused while another call is
 * live: there is one live call at a time.
 */
export async function reopenCall(
  db: ReciprocityDatabase,
  callId: string,
  now: number = Date.now(),
): Promise<Call> {
  return db.transaction('rw', db.calls, async () => {
    const call = await requireCall(db, callId);
    if (call.endedAt === null) return call;
    const live = await getLiveCall(db);
    if (live) throw new Error(`“${live.title}” is live; end it before reopening this call.`);
    const reopened: Call = {
      ...call,
      endedAt: null,
      live: 1,
      endedBeforeReopen: call.endedAt,
      updatedAt: now,
    };
    await db.calls.put(reopened);
    return reopened;
  });
}
