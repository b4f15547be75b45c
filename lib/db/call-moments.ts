import type { Moment } from '../domain/model';
import type { CallMoments, ReciprocityDatabase } from './database';

/** The row that stores a call's moments, its past-due index computed from them. */
export function packMoments(callId: string, moments: Moment[]): CallMoments {
  const openDue: number[] = [];
  for (const m of moments) if (m.openDue !== undefined) openDue.push(m.openDue);
  return { callId, moments, openDue };
}

/** A call's stored moments, in the order they were written ([] when it has none). */
export async function storedMoments(db: ReciprocityDatabase, callId: string): Promise<Moment[]> {
  return (await db.callMoments.get(callId))?.moments ?? [];
}

/** Replaces a call's moments; a call left with none has no row. */
export async function putMoments(
  db: ReciprocityDatabase,
  callId: string,
  moments: Moment[],
): Promise<void> {
  if (moments.length === 0) await db.callMoments.delete(callId);
  else await db.callMoments.put(packMoments(callId, moments));
}

export { inTimeOrder } from '../domain/time-order';

/** Packs moments of many calls, as an import or the seeder writes them. */
export function packByCall(moments: Iterable<Moment>): CallMoments[] {
  const byCall = new Map<string, Moment[]>();
  for (const m of moments) {
    const list = byCall.get(m.callId);
    if (list) list.push(m);
    else byCall.set(m.callId, [m]);
  }
  return [...byCall].map(([callId, list]) => packMoments(callId, list));
}
