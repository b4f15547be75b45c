import { datedOpenCommitments } from '../../../lib/db/follow-ups-repository';
import { useDatabase } from '../../app-context/database-context';
import { CalendarButton } from '../calendar-button';
import { useT } from '../../app-context/i18n-context';

/** Every open commitment with a due date, across all calls, as calendar events. */
export function AllCommitmentsToCalendar() {
  const db = useDatabase();
  const t = useT();
  const day = new Date().toISOString().slice(0, 10);
  return (
    <div className="form-actions">
      <CalendarButton
        label={t('ui.calendar.allOpen')}
        fileName={`${day}-open-commitments.ics`}
        read={() => datedOpenCommitments(db)}
        none={t('ui.calendar.allOpen.none')}
      />
    </div>
  );
}
