import type { Call, Moment } from '../domain/model';
import { addEndedCall, getLiveCall } from './calls-repository';
import type { ReciprocityDatabase } from './database';
import { addMoment, tagLiveCall } from './moments-repository';

export interface LateTag {
  id: string;
  callId?: string;
  side: Moment['side'];
  kind: string;
  weight?: Moment['weight'];
  pressedAt: number;
}

/** A shortcut's tag saved within this long of its press may still start the live call. */
export const STILL_IN_THE_CALL_MS = 15 * 60_000;

/**
 * Saves a tag whose first write failed, later, into the call it was tagged in: the one it
 * names, or else the call that was running when the key was pressed. With neither, a tag
 * from a shortcut pressed moments ago starts the live call, as the shortcut would have; an
 * older one gets an ended call of its own at the time of the press, so it is never filed
 * into a later call or left as a live call started days ago. Stamped from when the key was
 * pressed, not now. Its id is kept, so a tag saved twice is one moment.
 */
export async function saveLateTag(
  db: ReciprocityDatabase,
  tag: LateTag,
  now: number = Date.now(),
): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.callMoments, db.settings, db.partners], async () => {
    const named = tag.callId ? await db.calls.get(tag.callId) : undefined;
    const call = named ?? (await callRunningAt(db, tag.pressedAt));
    const input = {
      id: tag.id,
      side: tag.side,
      kind: tag.kind,
      pressedAt: tag.pressedAt,
      ...(tag.weight ? { weight: tag.weight } : {}),
    };
    if (call) {
      const existing = (await db.callMoments.get(call.id))?.moments.find((m) => m.id === tag.id);
      return existing ?? addMoment(db, call.id, input);
    }
    if (!(await getLiveCall(db)) && now - tag.pressedAt <= STILL_IN_THE_CALL_MS) {
      return (await tagLiveCall(db, input)).moment;
    }
    const own = await addEndedCall(
      db,
      { title: 'Tagged from a shortcut' },
      tag.pressedAt,
      tag.pressedAt,
    );
    return addMoment(db, own.id, input);
  });
}

async function callRunningAt(db: ReciprocityDatabase, at: number): Promise<Call | undefined> {
  const call = await db.calls.where('startedAt').belowOrEqual(at).last();
  return call && (call.endedAt === null || call.endedAt >= at) ? call : undefined;
}
