import { z } from 'zod';
import { TITLE_MAX } from '../call-title';
import { BACKUP_APP, BACKUP_FORMAT_VERSION, type BackupFile } from './backup-format';

// The limits match what the app itself lets a user enter, so that every backup the app
// writes restores, while a crafted file cannot push megabytes into one field.
export const ID_MAX = 100;
export const NAME_MAX = 120;
export const NOTES_MAX = 10_000;
export const PREP_TEXT_MAX = 2_000;
export const KIND_MAX = 100;
export const URL_MAX = 2_000;
export const SETTING_KEY_MAX = 100;

const id = z.string().min(1).max(ID_MAX);
// zod 4 numbers reject NaN and ±Infinity already; epoch milliseconds are never negative.
const timestamp = z.number().min(0);
const text = (max: number) => z.string().max(max);

// z.object strips unknown keys: a file can never smuggle extra fields into the database.
export const partnerSchema = z.object({
  id,
  name: z.string().min(1).max(NAME_MAX),
  organisation: text(NAME_MAX).optional(),
  notes: text(NOTES_MAX),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const prepSchema = z.object({
  goal: text(PREP_TEXT_MAX),
  bring: text(PREP_TEXT_MAX),
  need: text(PREP_TEXT_MAX),
});

export const outcomeSchema = z.object({
  reached: z.enum(['yes', 'partly', 'no']),
  why: text(PREP_TEXT_MAX),
});

export const callSchema = z.object({
  id,
  title: text(TITLE_MAX),
  partnerId: id.optional(),
  platform: z.enum(['meet', 'zoom', 'teams', 'webex', 'other']),
  url: text(URL_MAX).optional(),
  startedAt: timestamp,
  endedAt: timestamp.nullable(),
  prep: prepSchema.optional(),
  notes: text(NOTES_MAX),
  outcome: outcomeSchema.optional(),
  updatedAt: timestamp,
});

export const momentSchema = z.object({
  id,
  callId: id,
  side: z.enum(['them', 'me']),
  kind: z.string().min(1).max(KIND_MAX),
  at: timestamp,
  // An offset, not a timestamp: the sign is not checked (the app clamps it when shown).
  offsetMs: z.number(),
  note: text(NOTES_MAX),
  weight: z.literal([1, 2, 3]),
  createdAt: timestamp,
  updatedAt: timestamp,
  state: z.enum(['open', 'answered', 'declined', 'done']).optional(),
  dueAt: timestamp.optional(),
});

export const settingSchema = z.object({
  key: z.string().min(1).max(SETTING_KEY_MAX),
  // z.unknown() would accept a row without any value; a setting always has one.
  value: z.unknown().refine((value) => value !== undefined, { message: 'is missing' }),
});

/** One whole file. Which app and format it is are checked first, by parse-backup. */
export const backupFileSchema = z.object({
  app: z.literal(BACKUP_APP),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: timestamp,
  partners: z.array(partnerSchema),
  calls: z.array(callSchema),
  moments: z.array(momentSchema),
  settings: z.array(settingSchema),
}) satisfies z.ZodType<BackupFile>;
