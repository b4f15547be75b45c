import { buildBackup, serializeBackup } from '../backup/backup-format';
import { anonymiseExport, type AnonymiseOptions } from './anonymise';
import { momentsInOrder, type CallExport } from './call-export';

export interface JsonOptions {
  /** Epoch ms written as `exportedAt`; passed in so that the same call gives the same file. */
  exportedAt: number;
  anonymise?: AnonymiseOptions;
}

/**
 * The call in the backup's own record format: one call, its partner, its moments (with their
 * quotes), its transcript when one was kept, and no settings. Lossless, and restorable through the same import as a whole backup.
 */
export function callToJson(source: CallExport, options: JsonOptions): string {
  const input = options.anonymise ? anonymiseExport(source, options.anonymise) : source;
  const file = buildBackup(
    {
      partners: input.partner ? [input.partner] : [],
      calls: [input.call],
      moments: momentsInOrder(input.moments),
      ...(input.transcript?.length && {
        transcripts: [{ callId: input.call.id, lines: [...input.transcript] }],
      }),
    },
    options.exportedAt,
  );
  return serializeBackup(file, 2);
}
