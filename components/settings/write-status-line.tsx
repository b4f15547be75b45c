import { recountSentence, type WriteStatus } from './use-catalogue-writes';

/** What the last change did, read out politely, naming a recount when there was one. */
export function WriteStatusLine({ status }: { status: WriteStatus | null }) {
  return (
    <p className="settings-status" role="status">
      {status ? (
        <>
          <span>{status.done}</span>
          {status.recounted > 0 ? <span> {recountSentence(status.recounted)}</span> : null}
        </>
      ) : null}
    </p>
  );
}
