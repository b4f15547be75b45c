import { tagPressOf, type Call, type Moment, type TagPress } from '../domain/model';
import { addEndedCall, getLiveCall } from './calls-repository';
import type { ReciprocityDatabase } from './database';
import { addMoment, tagLiveCall } from './moments-repository';
import { momentWriteTables } from './transaction-scopes';

/** A press saved after the fact; `callId` names the call it was tagged in, when known. */
export interface LateTag extends TagPress {
  callId?: string;
}

/**
 * How close in time tags belong together: a shortcut's tag saved within this long of its
 * press may still start the live call, and tags pressed within this long of each other with
 * no call running share one call of their own.
 */
export const STILL_IN_THE_CALL_MS = 15 * 60_000;

/** The title of a call made to hold tags pressed when no call was running. */
export const SHORTCUT_CALL_TITLE = 'Tagged from a shortcut';

/**
 * Saves a tag whose first write failed, later, into the call it was tagged in: the one it
 * names, or else the call that was running when the key was pressed. With neither:
 * - a call made for such tags that ended shortly before the press takes it too (a burst of
 *   tags stays together), its end moved to the press;
 * - else, pressed moments ago with no call live or started since, it starts the live call,
 *   as the shortcut would have;
 * - else it gets an ended call of its own at the time of the press: never the start of a
 *   later call, nor a live call dated before a call that has run since.
 * Stamped from when the key was pressed, not now. Its id is kept, so a tag saved twice is one
 * moment. Saved oldest first (as unsavedTags lists them), a burst shares one call.
 */
export async function saveLateTag(
  db: ReciprocityDatabase,
  tag: LateTag,
  now: number = Date.now(),
): Promise<Moment> {
  return db.transaction('rw', momentWriteTables(db), async () => {
    const named = tag.callId ? await db.calls.get(tag.callId) : undefined;
    const call =
      named ?? callFor(tag, await db.calls.where('startedAt').belowOrEqual(tag.pressedAt).last());
    const input = tagPressOf(tag);
    if (call) {
      const existing = (await db.callMoments.get(call.id))?.moments.find((m) => m.id === tag.id);
      if (existing) return existing;
      if (call.endedAt !== null && call.endedAt < tag.pressedAt) {
        await db.calls.update(call.id, { endedAt: tag.pressedAt });
      }
      return addMoment(db, call.id, input);
    }
    const recent = now - tag.pressedAt <= STILL_IN_THE_CALL_MS;
    if (recent && !(await getLiveCall(db)) && !(await anyCallStartedAfter(db, tag.pressedAt))) {
      return (await tagLiveCall(db, input)).moment;
    }
    const own = await addEndedCall(
      db,
      { title: SHORTCUT_CALL_TITLE },
      tag.pressedAt,
      tag.pressedAt,
    );
    return addMoment(db, own.id, input);
  });
}

/**
 * Of the latest call started by the press, whether it takes the tag: it was running then, or
 * it was made for tags like this one and ended shortly before.
 */
function callFor(tag: LateTag, latest: Call | undefined): Call | undefined {
  if (!latest) return undefined;
  if (latest.endedAt === null || latest.endedAt >= tag.pressedAt) return latest;
  const shortcutCall = latest.title === SHORTCUT_CALL_TITLE && latest.partnerId === undefined;
  return shortcutCall && tag.pressedAt - latest.endedAt <= STILL_IN_THE_CALL_MS
    ? latest
    : undefined;
}

async function anyCallStartedAfter(db: ReciprocityDatabase, at: number): Promise<boolean> {
  return (await db.calls.where('startedAt').above(at).count()) > 0;
}
