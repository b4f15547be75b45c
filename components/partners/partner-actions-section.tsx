import { useLiveQuery } from 'dexie-react-hooks';
import { partnersByName } from '../../lib/db/partner-query';
import type { Partner } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { PartnerActions } from './partner-actions';

/** Merge or delete, with the other partners to merge into (read here, after the ledger). */
export function PartnerActionsSection({
  partner,
  callCount,
  onGone,
}: {
  partner: Partner;
  callCount: number;
  onGone: (intoId?: string) => void;
}) {
  const db = useDatabase();
  const partners = useLiveQuery(() => partnersByName(db), [db]);
  // Shown once the partners are read: a merge select without its choices is no use.
  if (!partners) return null;
  return (
    <PartnerActions
      partner={partner}
      others={partners.filter((p) => p.id !== partner.id)}
      callCount={callCount}
      onGone={onGone}
    />
  );
}
