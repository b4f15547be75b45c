import { datedOpenCommitments } from '../../../lib/db/follow-ups-repository';
import { useDatabase } from '../../app-context/database-context';
import { CalendarButton } from '../calendar-button';

/** Every open commitment with a due date, across all calls, as calendar events. */
export function AllCommitmentsToCalendar() {
  const db = useDatabase();
  const day = new Date().toISOString().slice(0, 10);
  return (
    <div className="form-actions">
      <CalendarButton
        label="All open commitments to calendar (.ics)"
        fileName={`${day}-open-commitments.ics`}
        read={() => datedOpenCommitments(db)}
        none="No open commitment has a due date."
      />
    </div>
  );
}
