import type { BackupMoment } from '../backup/backup-format';
import { followUpState } from '../follow-up';
import { isValidTime } from '../format-time';
import { PLATFORM_LABELS } from '../meeting-tab';
import { summarize } from '../reciprocity';
import { VERDICT_LABELS } from '../verdict-labels';
import { anonymiseExport, type AnonymiseOptions } from './anonymise';
import { kindLabel, momentsInOrder, type CallExport } from './call-export';
import { quoteText } from '../quotes/quote';

export interface CsvOptions {
  anonymise?: AnonymiseOptions;
  /**
   * Start with a UTF-8 byte-order mark (default true). Excel opens a CSV without one in
   * the machine's legacy code page and garbles every accent and emoji; LibreOffice,
   * Numbers, Google Sheets and CSV libraries accept the mark.
   */
  bom?: boolean;
}

export const CSV_HEADER = [
  'offset',
  'time_iso',
  'side',
  'kind',
  'kind_label',
  'weight',
  'state',
  'due',
  'note',
  // "Dana: could you send the deck" lines of the moment's quote, one per line.
  'quote',
  // The call's own columns, the same on each of its rows: rows of many calls pasted into one
  // sheet or imported into a CRM stay apart and say where they came from.
  'call_id',
  'call_title',
  'partner',
  'platform',
  'call_start_iso',
  'call_verdict',
] as const;

/**
 * A spreadsheet runs a cell starting with one of these as a formula
 * (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`): OWASP's CSV-injection guidance.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180: a field holding a separator, a quote or a line break goes in quotes. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Text typed by a user, made inert: a leading apostrophe makes spreadsheets show the
 * cell as text. Numbers and times we generate ourselves never get one.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Always hours, minutes and seconds: a spreadsheet reads "3:12" as 3 h 12 min, but
 * "0:03:12" as the 3 min 12 s it is.
 */
export function csvOffset(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** ISO 8601, or empty for a time that is no date: one damaged moment must not stop an export. */
function isoTime(ms: number): string {
  return isValidTime(ms) ? new Date(ms).toISOString() : '';
}

/** The call's columns, once per export (see CSV_HEADER). */
function callColumns(input: CallExport): string[] {
  const { call } = input;
  const verdict = summarize(input.moments, input.summary).verdict;
  return [
    guardFormula(call.id),
    guardFormula(call.title),
    guardFormula(input.partner?.name ?? ''),
    PLATFORM_LABELS[call.platform],
    isoTime(call.startedAt),
    VERDICT_LABELS[verdict],
  ];
}

function row(input: CallExport, m: BackupMoment, call: readonly string[]): string[] {
  return [
    csvOffset(m.offsetMs),
    isoTime(m.at),
    guardFormula(m.side),
    guardFormula(m.kind),
    guardFormula(kindLabel(input, m.kind)),
    String(m.weight),
    guardFormula(followUpState(m) ?? ''),
    m.dueAt === undefined ? '' : isoTime(m.dueAt),
    guardFormula(m.note),
    guardFormula(quoteText(m.quote)),
    ...call,
  ];
}

/** The call's moments as CSV, one row per moment in time order, CRLF line ends. */
export function momentsToCsv(source: CallExport, options: CsvOptions = {}): string {
  const input = options.anonymise ? anonymiseExport(source, options.anonymise) : source;
  const call = callColumns(input);
  const rows = [[...CSV_HEADER], ...momentsInOrder(input.moments).map((m) => row(input, m, call))];
  return csvDocument(rows, options);
}

/** Rows as one CSV text: fields quoted where needed, CRLF line ends, the BOM unless refused. */
export function csvDocument(rows: readonly string[][], options: Pick<CsvOptions, 'bom'>): string {
  const body = rows.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
  return `${options.bom === false ? '' : '\uFEFF'}${body}`;
}
