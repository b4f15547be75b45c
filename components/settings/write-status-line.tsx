import type { WriteStatus } from './use-catalogue-writes';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/** What the last change did, read out politely, naming a recount when there was one. */
export function WriteStatusLine({ status }: { status: WriteStatus | null }) {
  const t = useT();
  return (
    <p className="settings-status" role="status">
      {status ? (
        <>
          <span>{status.done}</span>
          {status.recounted > 0 ? (
            <span> {t('settings.pad.recounted', { count: status.recounted })}</span>
          ) : null}
        </>
      ) : null}
    </p>
  );
}
