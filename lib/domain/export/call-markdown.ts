import type { BackupMoment } from '../backup/backup-format';
import { FOLLOW_UP_STATE_LABELS, followUpLists, followUpState } from '../follow-up';
import { formatDuration, formatOffset } from '../format-time';
import { PLATFORM_LABELS } from '../meeting-tab';
import { SIDE_LABELS, type CallOutcome, type QuoteLine } from '../model';
import { formatPoints, summarize } from '../reciprocity';
import { VERDICT_LABELS } from '../verdict-labels';
import { anonymiseExport, type AnonymiseOptions } from './anonymise';
import { kindLabel, momentsInOrder, type CallExport } from './call-export';
import { escapeMarkdownBlock, escapeMarkdownInline } from './escape-markdown';
import { formatDate, formatDateTime } from './format-date-time';
import { frontMatter } from './front-matter';

export interface MarkdownOptions {
  /** When given, names are replaced first (see anonymise.ts). */
  anonymise?: AnonymiseOptions;
  /** IANA time zone for dates; UTC unless given. The zone is written next to the date. */
  timeZone?: string;
}

const REACHED_LABELS: Readonly<Record<CallOutcome['reached'], string>> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};
// Continuation lines of a list item are indented past its "- ".
const ITEM_INDENT = '  ';

/** User text after a label on a list item's line, its further lines kept in the item. */
function note(text: string): string {
  return escapeMarkdownBlock(text, { indent: ITEM_INDENT, continuesLine: true });
}

/** A short label or name written after other text on the same line. */
function inline(text: string): string {
  return escapeMarkdownInline(text, { continuesLine: true });
}

function facts(input: CallExport, timeZone: string): string[] {
  const { call, partner } = input;
  const lines = [`- **Date:** ${formatDateTime(call.startedAt, timeZone)} (${timeZone})`];
  if (partner) {
    const org = partner.organisation?.trim();
    const who = org && org !== partner.name ? `${partner.name}, ${org}` : partner.name;
    lines.push(`- **Partner:** ${inline(who)}`);
  }
  lines.push(`- **Platform:** ${PLATFORM_LABELS[call.platform]}`);
  lines.push(
    `- **Duration:** ${
      call.endedAt === null ? 'still running' : formatDuration(call.endedAt - call.startedAt)
    }`,
  );
  lines.push(`- **Moments tagged:** ${input.moments.length}`);
  return lines;
}

function prep(input: CallExport): string[] {
  const p = input.call.prep;
  const fields: Array<[string, string | undefined]> = [
    ['Goal', p?.goal],
    ['What I bring', p?.bring],
    ['What I need', p?.need],
  ];
  const lines = fields
    .filter((field): field is [string, string] => Boolean(field[1]?.trim()))
    .map(([label, text]) => `- **${label}:** ${note(text)}`);
  return lines.length > 0 ? ['## Prep', '', ...lines] : [];
}

function outcome(input: CallExport): string[] {
  const o = input.call.outcome;
  if (!o) return [];
  const why = o.why.trim() ? ` — ${escapeMarkdownBlock(o.why, { continuesLine: true })}` : '';
  return ['## Outcome', '', `**Reached the goal:** ${REACHED_LABELS[o.reached]}${why}`];
}

function reciprocity(input: CallExport): { lines: string[]; flags: string[] } {
  const summary = summarize(input.moments, input.summary);
  const offsets = new Map(input.moments.map((m) => [m.id, formatOffset(m.offsetMs)]));
  const lines = [
    '## Reciprocity',
    '',
    `**${VERDICT_LABELS[summary.verdict]}.** ${inline(summary.explanation)}`,
    '',
    ...(['them', 'me'] as const).map(
      (side) =>
        `- ${SIDE_LABELS[side]}: gave ${formatPoints(summary.give[side])}, took ${formatPoints(summary.take[side])}`,
    ),
  ];
  // The times are the evidence: they point into the timeline below.
  const flags = summary.flags.map((flag) => {
    const at = flag.momentIds.map((id) => offsets.get(id)).filter(Boolean);
    const evidence = at.length > 0 ? ` At ${at.join(', ')} into the call.` : '';
    return `- ${escapeMarkdownInline(flag.message)}${evidence}`;
  });
  return { lines, flags: ['## Red flags', '', ...(flags.length > 0 ? flags : ['None.'])] };
}

function subList(title: string, items: string[]): string[] {
  return [`### ${title}`, '', ...(items.length > 0 ? items : ['None.'])];
}

function followUps(input: CallExport, timeZone: string): string[] {
  const lists = followUpLists(momentsInOrder(input.moments));
  const state = (m: BackupMoment): string => FOLLOW_UP_STATE_LABELS[followUpState(m) ?? 'open'];
  const ask = (m: BackupMoment): string => {
    const text = m.note.trim() ? ` — ${note(m.note)}` : '';
    return `- **${state(m)}** · ${formatOffset(m.offsetMs)} · ${inline(kindLabel(input, m.kind))}${text}`;
  };
  const commitment = (m: BackupMoment): string => {
    const due = m.dueAt === undefined ? '' : `, due ${formatDate(m.dueAt, timeZone)}`;
    const text = m.note.trim() ? note(m.note) : 'no details noted';
    return `- **${state(m)}** · ${formatOffset(m.offsetMs)} · ${SIDE_LABELS[m.side]}${due} — ${text}`;
  };
  return [
    '## Asks and commitments',
    '',
    ...subList('They asked of me', lists.theyAsked.map(ask)),
    '',
    ...subList('I asked of them', lists.iAsked.map(ask)),
    '',
    ...subList('Commitments', lists.commitments.map(commitment)),
  ];
}

/** A moment's quote as a block quote inside its list item: "> **Dana:** could you send…". */
function quoteBlock(quote: readonly QuoteLine[] | undefined): string {
  if (!quote?.length) return '';
  const lines = quote.map((l) => {
    const who = l.speaker ? `**${inline(l.speaker)}:** ` : '';
    return `${ITEM_INDENT}> ${who}“${inline(l.text)}”`;
  });
  // Lines of one block quote, each its own line in a viewer (a hard break between them).
  return `\n${lines.join('  \n')}`;
}

function timeline(input: CallExport): string[] {
  const items = momentsInOrder(input.moments).map((m) => {
    const weight = m.weight > 1 ? ` · weight ${m.weight}` : '';
    const text = m.note.trim() ? ` — ${note(m.note)}` : '';
    return `- ${formatOffset(m.offsetMs)} · ${SIDE_LABELS[m.side]} · ${inline(kindLabel(input, m.kind))}${weight}${text}${quoteBlock(m.quote)}`;
  });
  if (items.length === 0) return ['## Timeline', '', 'No moments tagged.'];
  // Offsets look like clock times; one sentence keeps "25:10" from reading as 25 past 1.
  return [
    '## Timeline',
    '',
    'Times are minutes and seconds from the start of the call.',
    '',
    ...items,
  ];
}

/** The kept caption transcript, each line at its time into the call. */
function transcript(input: CallExport): string[] {
  const lines = input.transcript ?? [];
  if (lines.length === 0) return [];
  return [
    '## Transcript',
    '',
    ...lines.map((l) => {
      const who = l.speaker ? `**${inline(l.speaker)}:** ` : '';
      return `- ${formatOffset(Math.max(0, l.startedAt - input.call.startedAt))} · ${who}${inline(l.text)}`;
    }),
  ];
}

function sections(...blocks: string[][]): string {
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

/**
 * The call as Markdown for a notes app: front matter, facts, prep, outcome, reciprocity,
 * follow-ups, timeline (with each moment's quote), and the transcript when one was kept.
 */
export function callToMarkdown(source: CallExport, options: MarkdownOptions = {}): string {
  const input = options.anonymise ? anonymiseExport(source, options.anonymise) : source;
  const timeZone = options.timeZone ?? 'UTC';
  // Escaped as if at a line's start: "# # Big deal" would be valid, but reads as a typo.
  const title = input.call.title.trim() ? escapeMarkdownInline(input.call.title) : 'Untitled call';
  const { lines, flags } = reciprocity(input);
  const notes = input.call.notes.trim()
    ? ['## Notes', '', escapeMarkdownBlock(input.call.notes)]
    : [];
  return sections(
    frontMatter(input),
    [`# ${title}`],
    facts(input, timeZone),
    prep(input),
    outcome(input),
    lines,
    flags,
    followUps(input, timeZone),
    notes,
    timeline(input),
    transcript(input),
  );
}
