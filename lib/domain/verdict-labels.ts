import { translate, type MessageId } from './i18n/translate';
import type { Verdict } from './model';

/**
 * What each verdict is called on screen. One voice with the sentences around them, which
 * speak to the user: “You got more”, never “I got more”.
 */
export const VERDICT_LABEL_IDS: Readonly<Record<Verdict, MessageId>> = {
  balanced: 'verdict.balanced',
  'they-took-more': 'verdict.theyTookMore',
  'one-sided-they-took': 'verdict.oneSidedTheyTook',
  'i-took-more': 'verdict.iTookMore',
  'one-sided-i-took': 'verdict.oneSidedITook',
  'too-little-data': 'verdict.tooLittleData',
};

/** The verdicts in English, as exports (CSV, Markdown, calendar) write them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = Object.fromEntries(
  Object.entries(VERDICT_LABEL_IDS).map(([verdict, id]) => [verdict, translate('en', id)]),
) as Record<Verdict, string>;
