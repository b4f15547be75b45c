import type { Verdict } from './model';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  balanced: 'Balanced',
  'they-took-more': 'They got more',
  'one-sided-they-took': 'One-sided: they only took',
  'i-took-more': 'I got more',
  'one-sided-i-took': 'One-sided: I only took',
  'too-little-data': 'Too little data',
};
