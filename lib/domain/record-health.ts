import { isValidTime } from './format-time';
import { SIDES } from './model';

/**
 * Which fields of a stored record are damaged: values no version of the app writes, which
 * an old version, a hand-edited backup or a bug may still have put in the database. The
 * screens show such a record as damaged (with a way to delete it) instead of letting one
 * record take a whole screen down. Empty when the record is sound.
 */
export type DamagedFields = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function perSide(value: unknown): boolean {
  return isRecord(value) && SIDES.every((side) => isNumber(value[side]));
}

/** A stored tally holds everything the lists and the ledger read from it. */
function isSoundTally(tally: unknown): boolean {
  return (
    isRecord(tally) &&
    isRecord(tally.counts) &&
    SIDES.every((side) => isRecord((tally.counts as Record<string, unknown>)[side])) &&
    perSide(tally.give) &&
    perSide(tally.take) &&
    perSide(tally.openAsks) &&
    perSide(tally.openCommitments) &&
    isNumber(tally.total) &&
    isNumber(tally.balance) &&
    typeof tally.verdict === 'string'
  );
}

/** The damaged fields of a stored call (the `calls` table's row). */
export function damagedCallFields(call: unknown): DamagedFields {
  if (!isRecord(call)) return ['the whole record'];
  const damaged: DamagedFields = [];
  if (typeof call.id !== 'string') damaged.push('id');
  if (typeof call.title !== 'string') damaged.push('title');
  if (!isValidTime(call.startedAt)) damaged.push('startedAt');
  if (call.endedAt !== null && !isValidTime(call.endedAt)) damaged.push('endedAt');
  if (!isSoundTally(call.tally)) damaged.push('tally');
  return damaged;
}

/** A quote's lines each have a speaker and words as text. */
function isSoundQuote(quote: unknown): boolean {
  return (
    Array.isArray(quote) &&
    quote.every((l) => isRecord(l) && typeof l.speaker === 'string' && typeof l.text === 'string')
  );
}

/** The damaged fields of a stored moment. */
export function damagedMomentFields(moment: unknown): DamagedFields {
  if (!isRecord(moment)) return ['the whole record'];
  const damaged: DamagedFields = [];
  if (typeof moment.id !== 'string') damaged.push('id');
  if (!SIDES.includes(moment.side as never)) damaged.push('side');
  if (typeof moment.kind !== 'string') damaged.push('kind');
  if (!isValidTime(moment.at)) damaged.push('at');
  if (!isNumber(moment.offsetMs)) damaged.push('offsetMs');
  if (moment.dueAt !== undefined && !isValidTime(moment.dueAt)) damaged.push('dueAt');
  if (moment.quote !== undefined && !isSoundQuote(moment.quote)) damaged.push('quote');
  return damaged;
}

/** Whether a call can be shown and counted as it is. */
export function isSoundCall(call: unknown): boolean {
  return damagedCallFields(call).length === 0;
}
