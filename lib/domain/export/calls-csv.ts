import { isValidTime } from '../format-time';
import { PLATFORM_LABELS } from '../meeting-tab';
import type { Call } from '../model';
import { formatPoints } from '../reciprocity';
import { VERDICT_LABELS } from '../verdict-labels';
import { csvDocument, guardFormula, type CsvOptions } from './call-csv';

/** One row per call: what a CRM import or a pivot table wants of each call. */
export const CALLS_CSV_HEADER = [
  'date_iso',
  'title',
  'partner',
  'platform',
  'duration_min',
  'verdict',
  'they_gave',
  'they_took',
  'you_gave',
  'you_took',
  'open_asks',
  'open_commitments',
  'goal_reached',
  'outcome',
  'call_id',
] as const;

const REACHED = { yes: 'Yes', partly: 'Partly', no: 'No' } as const;

function row(call: Call, partnerName: string | undefined): string[] {
  const { tally } = call;
  const minutes =
    call.endedAt === null ? '' : String(Math.round((call.endedAt - call.startedAt) / 60_000));
  return [
    isValidTime(call.startedAt) ? new Date(call.startedAt).toISOString() : '',
    guardFormula(call.title),
    guardFormula(partnerName ?? ''),
    PLATFORM_LABELS[call.platform],
    minutes,
    VERDICT_LABELS[tally.verdict],
    formatPoints(tally.give.them),
    formatPoints(tally.take.them),
    formatPoints(tally.give.me),
    formatPoints(tally.take.me),
    String(tally.openAsks.them + tally.openAsks.me),
    String(tally.openCommitments.them + tally.openCommitments.me),
    call.outcome ? REACHED[call.outcome.reached] : '',
    guardFormula(call.outcome?.why ?? ''),
    guardFormula(call.id),
  ];
}

/**
 * Calls as CSV, one row each in the order given (History's filtered order), from their
 * stored tallies: no moment is read. CRLF line ends, a byte-order mark for Excel.
 */
export function callsToCsv(
  calls: readonly Call[],
  partnerName: (partnerId: string) => string | undefined,
  options: Pick<CsvOptions, 'bom'> = {},
): string {
  const rows = [
    [...CALLS_CSV_HEADER],
    ...calls.map((call) => row(call, call.partnerId ? partnerName(call.partnerId) : undefined)),
  ];
  return csvDocument(rows, options);
}
