import type { Verdict } from './model';

/**
 * What each verdict is called on screen and in exports. One voice with the sentences
 * around them, which speak to the user: “You got more”, never “I got more”.
 */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  balanced: 'Balanced',
  'they-took-more': 'They got more',
  'one-sided-they-took': 'One-sided: they only took',
  'i-took-more': 'You got more',
  'one-sided-i-took': 'One-sided: you only took',
  'too-little-data': 'Too little data',
};
