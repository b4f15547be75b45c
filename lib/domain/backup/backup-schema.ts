import { z } from 'zod';
import { TITLE_MAX } from '../call-title';
import { QUOTE_MAX_LINES, QUOTE_TEXT_MAX, SPEAKER_MAX } from '../quotes/quote';
import { BACKUP_APP, BACKUP_FORMAT_VERSION, type BackupFile } from './backup-format';
import {
  describeTimestamp,
  isoDate,
  timestampRange,
  type TimestampRange,
} from './backup-timestamps';

// The limits match what the app itself lets a user enter, so that every backup the app
// writes restores, while a crafted file cannot push megabytes into one field.
export const ID_MAX = 100;
export const NAME_MAX = 120;
export const NOTES_MAX = 10_000;
export const PREP_TEXT_MAX = 2_000;
export const KIND_MAX = 100;
export const URL_MAX = 2_000;
export const SETTING_KEY_MAX = 100;
/** A call's transcript: a long day of talk is a few thousand lines. */
export const TRANSCRIPT_MAX_LINES = 20_000;

const id = z.string().min(1).max(ID_MAX);
const text = (max: number) => z.string().max(max);

/**
 * Epoch milliseconds within `range` (zod 4 numbers already reject NaN and ±Infinity). The
 * message gives the range as dates, and the value found as the file holds it.
 */
function timestamp(range: TimestampRange) {
  return z.number().check((ctx) => {
    const value = ctx.value;
    if (value >= range.min && value <= range.max) return;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `must be a date from ${isoDate(range.min)} to ${isoDate(range.max)}, found ${describeTimestamp(value)}`,
    });
  });
}

export const prepSchema = z.object({
  goal: text(PREP_TEXT_MAX),
  bring: text(PREP_TEXT_MAX),
  need: text(PREP_TEXT_MAX),
});

export const outcomeSchema = z.object({
  reached: z.enum(['yes', 'partly', 'no']),
  why: text(PREP_TEXT_MAX),
});

const quoteLine = z.object({
  speaker: text(SPEAKER_MAX),
  text: z.string().min(1).max(QUOTE_TEXT_MAX),
  mine: z.boolean(),
});

const count = z.number().int().min(0);
const perSide = z.object({ them: count, me: count });

export const captionStatsSchema = z.object({ words: perSide, questions: perSide, lines: count });

export const settingSchema = z.object({
  key: z.string().min(1).max(SETTING_KEY_MAX),
  // z.unknown() would accept a row without any value; a setting always has one.
  value: z.unknown().refine((value) => value !== undefined, { message: 'is missing' }),
});

/**
 * The schemas of one file's records. Which timestamps are sane depends on today, so they
 * are made for a given `now` (see `timestampRange`). z.object strips unknown keys: a file
 * can never smuggle extra fields into the database.
 */
export function backupSchemas(now: number) {
  const range = timestampRange(now);
  const time = timestamp(range);

  const partner = z.object({
    id,
    name: z.string().min(1).max(NAME_MAX),
    organisation: text(NAME_MAX).optional(),
    notes: text(NOTES_MAX),
    createdAt: time,
    updatedAt: time,
  });

  const call = z
    .object({
      id,
      title: text(TITLE_MAX),
      partnerId: id.optional(),
      platform: z.enum(['meet', 'zoom', 'teams', 'webex', 'other']),
      url: text(URL_MAX).optional(),
      startedAt: time,
      endedAt: time.nullable(),
      prep: prepSchema.optional(),
      notes: text(NOTES_MAX),
      outcome: outcomeSchema.optional(),
      updatedAt: time,
      captions: captionStatsSchema.optional(),
    })
    // The app ends a call at the latest of now and its start, so an end before the start
    // never comes from it; every duration shown would be negative.
    .check((ctx) => {
      const { startedAt, endedAt } = ctx.value;
      if (endedAt === null || endedAt >= startedAt) return;
      ctx.issues.push({
        code: 'custom',
        input: endedAt,
        path: ['endedAt'],
        message: `must not be before the call's start (startedAt ${isoDate(startedAt, true)}), found ${isoDate(endedAt, true)}`,
      });
    });

  const moment = z.object({
    id,
    callId: id,
    side: z.enum(['them', 'me']),
    kind: z.string().min(1).max(KIND_MAX),
    at: time,
    // Time since its call started: the app stamps a moment no earlier than the start
    // (see stampMoment). How far into its call is checked against the call, where the
    // call is in the same file (see backup-references).
    offsetMs: z
      .number()
      .min(0)
      .max(range.max - range.min),
    note: text(NOTES_MAX),
    weight: z.literal([1, 2, 3]),
    createdAt: time,
    updatedAt: time,
    state: z.enum(['open', 'answered', 'declined', 'done']).optional(),
    dueAt: time.optional(),
    quote: z.array(quoteLine).min(1).max(QUOTE_MAX_LINES).optional(),
    quoteSideDismissed: z.literal(true).optional(),
  });

  const transcript = z.object({
    callId: id,
    lines: z.array(quoteLine.extend({ startedAt: time, endedAt: time })).max(TRANSCRIPT_MAX_LINES),
  });

  /** One whole file. Which app and format it is are checked first, by parse-backup. */
  const file = z.object({
    app: z.literal(BACKUP_APP),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: time,
    partners: z.array(partner),
    calls: z.array(call),
    moments: z.array(moment),
    settings: z.array(settingSchema),
    transcripts: z.array(transcript).optional(),
  }) satisfies z.ZodType<BackupFile>;

  return { partner, call, moment, transcript, file };
}
