import type { BackupCall, BackupMoment } from '../backup/backup-format';
import type { Partner, TranscriptLine } from '../model';
import { kindById } from '../moment-kinds';
import type { SummaryOptions } from '../reciprocity';

/** Labels of kinds the user renamed or added, by kind id. */
export type KindLabels = Readonly<Record<string, string>>;

/** Everything an export of one call needs. Full database rows are welcome. */
export interface CallExport {
  call: BackupCall;
  partner?: Partner;
  moments: readonly BackupMoment[];
  /** Labels beyond the default catalogue; a kind nobody labelled shows its raw id. */
  kinds?: KindLabels;
  /** How custom kinds count, as the reciprocity summary on screen counts them. */
  summary?: SummaryOptions;
  /** The call's kept caption transcript, when the user keeps whole transcripts. */
  transcript?: readonly TranscriptLine[];
}

export function kindLabel(input: Pick<CallExport, 'kinds'>, kind: string): string {
  // Own keys only: a custom kind called "constructor" must not find Object.prototype's.
  const custom = input.kinds && Object.hasOwn(input.kinds, kind) ? input.kinds[kind] : undefined;
  return custom ?? kindById(kind).label;
}

/** By time, then offset, then id: the same file for the same data, whatever the input order. */
export function momentsInOrder<M extends Pick<BackupMoment, 'id' | 'at' | 'offsetMs'>>(
  moments: readonly M[],
): M[] {
  return [...moments].sort(
    (a, b) => a.at - b.at || a.offsetMs - b.offsetMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
