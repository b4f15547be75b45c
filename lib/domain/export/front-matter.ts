import { PLATFORM_LABELS } from '../meeting-tab';
import { summarize } from '../reciprocity';
import { VERDICT_LABELS } from '../verdict-labels';
import type { CallExport } from './call-export';

/** Tags every exported call carries, so a notes app can gather them. */
export const EXPORT_TAGS = ['partner-call', 'reciprocity-coach'] as const;

/**
 * A YAML string that is always one scalar: JSON's double-quoted strings are YAML's too, so
 * a colon, a `#`, a leading `-` or a quote in a title cannot turn into YAML syntax.
 */
const yamlString = (text: string): string => JSON.stringify(text);
const yamlList = (items: readonly string[]): string => `[${items.map(yamlString).join(', ')}]`;

/**
 * YAML front matter for notes apps (Obsidian, Logseq, Bear's and others' properties): the
 * call's facts as fields a note can be found and sorted by. Dates are ISO 8601 in UTC.
 */
export function frontMatter(input: CallExport): string[] {
  const { call, partner } = input;
  const summary = summarize(input.moments, input.summary);
  const flags = summary.flags.map((flag) => `${flag.side === 'them' ? 'they' : 'you'}: ${flag.id}`);
  return [
    '---',
    `title: ${yamlString(call.title.trim() || 'Untitled call')}`,
    `date: ${new Date(call.startedAt).toISOString()}`,
    ...(partner ? [`partner: ${yamlString(partner.name)}`] : []),
    `platform: ${yamlString(PLATFORM_LABELS[call.platform])}`,
    `verdict: ${yamlString(VERDICT_LABELS[summary.verdict])}`,
    `flags: ${yamlList(flags)}`,
    `tags: ${yamlList(EXPORT_TAGS)}`,
    '---',
  ];
}
