import type { Call, CaptionStats, Moment, Partner, QuoteLine, TranscriptLine } from '../model';

export const BACKUP_APP = 'reciprocity-coach';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * A call as a file holds it: without `tally`, `words` and `live`. Those are derived from the
 * moments and the end time, so the database layer recomputes them on import rather than
 * trusting whatever a file claims.
 */
export type BackupCall = Omit<Call, 'tally' | 'words' | 'live'>;

/** A moment without the derived index fields `open` and `openDue` (recomputed on import). */
export type BackupMoment = Omit<Moment, 'open' | 'openDue'>;

/** A settings row as the `settings` table stores it: key → any JSON value. */
export interface BackupSetting {
  key: string;
  value: unknown;
}

/** A call's kept caption transcript. */
export interface BackupTranscript {
  callId: string;
  lines: TranscriptLine[];
}

export interface BackupFile {
  app: typeof BACKUP_APP;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** Epoch ms when the file was written. */
  exportedAt: number;
  partners: Partner[];
  calls: BackupCall[];
  moments: BackupMoment[];
  settings: BackupSetting[];
  /** Absent in files made before transcripts were kept, and when none is. */
  transcripts?: BackupTranscript[];
}

export interface BackupContents {
  partners: readonly Partner[];
  /** Full database rows are welcome: their derived fields are left out. */
  calls: readonly BackupCall[];
  moments: readonly BackupMoment[];
  settings?: readonly BackupSetting[];
  transcripts?: readonly BackupTranscript[];
}

/**
 * Fields are copied one by one rather than spread, so that nothing but the documented
 * record format reaches a file — not the derived fields, and not whatever a future
 * database field or a stray property on a row might add.
 */
export function partnerRecord(p: Partner): Partner {
  return {
    id: p.id,
    name: p.name,
    ...(p.organisation !== undefined && { organisation: p.organisation }),
    notes: p.notes,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function callRecord(c: BackupCall): BackupCall {
  return {
    id: c.id,
    title: c.title,
    ...(c.partnerId !== undefined && { partnerId: c.partnerId }),
    platform: c.platform,
    ...(c.url !== undefined && { url: c.url }),
    startedAt: c.startedAt,
    endedAt: c.endedAt,
    ...(c.prep !== undefined && {
      prep: { goal: c.prep.goal, bring: c.prep.bring, need: c.prep.need },
    }),
    notes: c.notes,
    ...(c.outcome !== undefined && {
      outcome: { reached: c.outcome.reached, why: c.outcome.why },
    }),
    updatedAt: c.updatedAt,
    ...(c.captions !== undefined && { captions: captionStatsRecord(c.captions) }),
  };
}

function captionStatsRecord(s: CaptionStats): CaptionStats {
  return {
    words: { them: s.words.them, me: s.words.me },
    questions: { them: s.questions.them, me: s.questions.me },
    lines: s.lines,
  };
}

function quoteLineRecord(l: QuoteLine): QuoteLine {
  return { speaker: l.speaker, text: l.text, mine: l.mine };
}

export function transcriptRecord(t: BackupTranscript): BackupTranscript {
  return {
    callId: t.callId,
    lines: t.lines.map((l) => ({
      ...quoteLineRecord(l),
      startedAt: l.startedAt,
      endedAt: l.endedAt,
    })),
  };
}

export function momentRecord(m: BackupMoment): BackupMoment {
  return {
    id: m.id,
    callId: m.callId,
    side: m.side,
    kind: m.kind,
    at: m.at,
    offsetMs: m.offsetMs,
    note: m.note,
    weight: m.weight,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    ...(m.state !== undefined && { state: m.state }),
    ...(m.dueAt !== undefined && { dueAt: m.dueAt }),
    ...(m.quote !== undefined && { quote: m.quote.map(quoteLineRecord) }),
    ...(m.quoteSideDismissed && { quoteSideDismissed: true as const }),
  };
}

/** The backup file for these records, in the order given. */
export function buildBackup(contents: BackupContents, exportedAt: number): BackupFile {
  return {
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    partners: contents.partners.map(partnerRecord),
    calls: contents.calls.map(callRecord),
    moments: contents.moments.map(momentRecord),
    settings: (contents.settings ?? []).map((s) => ({ key: s.key, value: s.value })),
    // Left out when there are none: a file without transcripts is as it always was.
    ...(contents.transcripts?.length && {
      transcripts: contents.transcripts.map(transcriptRecord),
    }),
  };
}

/**
 * The file's text. Whole backups use no indentation (the default): with hundreds of
 * thousands of moments, indentation alone would add tens of megabytes. A single call's
 * export is small and meant to be read, so it passes 2.
 */
export function serializeBackup(file: BackupFile, indent = 0): string {
  return `${JSON.stringify(file, null, indent)}\n`;
}

/**
 * The moments of a backup as JSON array items, without the brackets: a whole backup is
 * written a part at a time (see `serializeBackupFromParts`), so that each part can be
 * serialized while the next one is read.
 */
export function serializeMomentsPart(moments: readonly BackupMoment[]): string {
  return JSON.stringify(moments.map(momentRecord)).slice(1, -1);
}

/**
 * The same text as `serializeBackup(buildBackup(...))` for a backup whose moments are
 * given as parts from `serializeMomentsPart`, in order.
 */
export function serializeBackupFromParts(
  contents: Omit<BackupContents, 'moments'>,
  momentParts: readonly string[],
  exportedAt: number,
): string {
  const file = buildBackup({ ...contents, moments: [] }, exportedAt);
  // The key order of `BackupFile`: moments come after calls, settings last.
  const head = JSON.stringify({
    app: file.app,
    formatVersion: file.formatVersion,
    exportedAt: file.exportedAt,
    partners: file.partners,
    calls: file.calls,
  });
  const moments = momentParts.filter((part) => part !== '').join(',');
  const settings = JSON.stringify(file.settings);
  const transcripts = file.transcripts ? `,"transcripts":${JSON.stringify(file.transcripts)}` : '';
  return `${head.slice(0, -1)},"moments":[${moments}],"settings":${settings}${transcripts}}\n`;
}
