import type { Moment } from '../domain/model';
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

/**
 * Saves a tag whose first write failed, later, into the call it was tagged in: the one it
 * names, or else the call that was running when the key was pressed, or else the live call
 * (started if none is, as a shortcut would). Stamped from when the key was pressed, not now.
 * Its id is kept, so a tag saved twice is one moment.
 */
export async function saveLateTag(db: ReciprocityDatabase, tag: LateTag): Promise<Moment> {
  return db.transaction('rw', [db.calls, db.callMoments, db.settings, db.partners], async () => {
    const callId = tag.callId ?? (await callRunningAt(db, tag.pressedAt))?.id;
    const named = callId ? await db.calls.get(callId) : undefined;
    if (named) {
      const existing = (await db.callMoments.get(named.id))?.moments.find((m) => m.id === tag.id);
      if (existing) return existing;
    }
    const input = {
      id: tag.id,
      side: tag.side,
      kind: tag.kind,
      pressedAt: tag.pressedAt,
      ...(tag.weight ? { weight: tag.weight } : {}),
    };
    if (named) return addMoment(db, named.id, input);
    return (await tagLiveCall(db, input)).moment;
  });
}

async function callRunningAt(db: ReciprocityDatabase, at: number) {
  const call = await db.calls.where('startedAt').belowOrEqual(at).last();
  return call && (call.endedAt === null || call.endedAt >= at) ? call : undefined;
}
