import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import type { Call, Moment } from '../../../lib/domain/model';

export const GOOD_STARTED_AT = Date.UTC(2026, 10, 2, 14, 0);
const DAY = 24 * 60 * 60_000;

export interface DamagedRecords {
  partnerId: string;
  good: Call;
  /** Dates past what `Date` holds: formatting them throws "Invalid time value". */
  badDates: Call;
  /** No stored tally, as a bug or an old version might have left it. */
  noTally: Call;
  /** A sound call holding a past-due commitment whose due date is no date. */
  withBadMoment: Call;
  badMoment: Moment;
}

/**
 * A good call with Acme and, beside it, records no version of the app would write, put
 * straight into the tables the way an old version, a hand-edited backup or a bug could.
 */
export async function writeDamagedRecords(db: ReciprocityDatabase): Promise<DamagedRecords> {
  const { call } = await startCall(
    db,
    { title: 'Good call', partnerName: 'Acme', platform: 'zoom' },
    GOOD_STARTED_AT,
  );
  await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 60_000 });
  const good = await endCall(db, call.id, GOOD_STARTED_AT + 30 * 60_000);
  const partnerId = good.partnerId ?? '';
  const badDates: Call = {
    ...good,
    id: 'bad-dates',
    title: 'Broken dates',
    startedAt: 8640000000000001,
    endedAt: 1e300,
  };
  const noTally = {
    ...good,
    id: 'no-tally',
    title: 'No tally',
    startedAt: GOOD_STARTED_AT - DAY,
    endedAt: GOOD_STARTED_AT - DAY + 20 * 60_000,
  } as Partial<Call> as Call;
  delete (noTally as Partial<Call>).tally;
  const withBadMoment: Call = {
    ...good,
    id: 'bad-moment-call',
    title: 'Call with a broken moment',
    startedAt: GOOD_STARTED_AT - 2 * DAY,
    endedAt: GOOD_STARTED_AT - 2 * DAY + 20 * 60_000,
  };
  const badMoment: Moment = {
    id: 'bad-moment',
    callId: withBadMoment.id,
    side: 'me',
    kind: 'commitment',
    at: 1e300,
    offsetMs: 60_000,
    note: 'Send the broken proposal',
    weight: 1,
    createdAt: withBadMoment.startedAt,
    updatedAt: withBadMoment.startedAt,
    dueAt: -1e300,
    open: 1,
    openDue: -1e300,
  };
  await db.calls.bulkPut([badDates, noTally, withBadMoment]);
  await db.callMoments.put({ callId: withBadMoment.id, moments: [badMoment], openDue: [-1e300] });
  return { partnerId, good, badDates, noTally, withBadMoment, badMoment };
}
