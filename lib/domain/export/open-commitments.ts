import { followUpKind, isOpenFollowUp } from '../follow-up';
import type { Side } from '../model';
import type { CallExport } from './call-export';

/** One commitment with a due date, and the call it was made in. */
export interface CommitmentForCalendar {
  momentId: string;
  side: Side;
  /** What was committed to: the moment's note ('' when none was written). */
  note: string;
  dueAt: number;
  call: { id: string; title: string; startedAt: number };
  partnerName?: string;
}

/**
 * A call's open commitments that have a due date, ready for the calendar (commitments-ics,
 * which loads its library only when a file is made: this module does not).
 */
export function openCommitmentsOf({
  call,
  partner,
  moments,
}: Pick<CallExport, 'call' | 'partner' | 'moments'>): CommitmentForCalendar[] {
  return moments.flatMap((m) =>
    followUpKind(m.kind) === 'commitment' && isOpenFollowUp(m) && m.dueAt !== undefined
      ? [
          {
            momentId: m.id,
            side: m.side,
            note: m.note,
            dueAt: m.dueAt,
            call: { id: call.id, title: call.title, startedAt: call.startedAt },
            ...(partner ? { partnerName: partner.name } : {}),
          },
        ]
      : [],
  );
}
