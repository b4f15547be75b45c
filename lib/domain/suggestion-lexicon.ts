/**
 * The phrases that make a caption line a likely moment, as data (docs/suggestions.md says how
 * they were chosen and what they reach on the labelled corpus). English only for now.
 *
 * A phrase is written like a regular expression over words: a space stands for any run of
 * white space, `'` for either apostrophe, `(a|b)` for alternatives and `(…)?` for an optional
 * part; it must start and end on word boundaries. `[^.?!]*` stays inside one sentence.
 */

import type { DefaultKindId } from './moment-kinds';

/** The default kinds a caption line can suggest: any but a note. */
export type SuggestedKind = Exclude<DefaultKindId, 'note'>;

const DAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** When, for a commitment: a commitment names a time (who, what, by when). */
const WHEN = `(${DAY}|tomorrow|tonight|end of (the )?(day|week|month|quarter)|eod|eow|next week|this week|next ${DAY})`;
const ACT =
  '(send|share|follow up|get back|email|circle back|set up|have|introduce|book|schedule|draft|deliver|confirm|check)';

/**
 * Cues per kind, tried in this order: when a line has cues of several kinds, the first kind
 * wins (a probe phrased as a request is a probe; thanks beside a request is the request).
 */
export const LEXICON: ReadonlyArray<{ kind: SuggestedKind; cues: readonly string[] }> = [
  {
    kind: 'proprietary',
    cues: [
      'how do you price',
      "what('s| is| are) your (margin|margins|pricing|revenue|burn|cac|cost structure)",
      'which (of your )?customers',
      'who are your( (biggest|largest|main|top))? (customers|clients)',
      'what does your (churn|pipeline|revenue|cost structure) look like',
      'how much do you (pay|charge|make|spend)',
      '(share|show me) your (roadmap|numbers|financials|pricing|customer list|margins)',
      'your conversion rates?',
      'who else are you talking to',
      'customer acquisition cost',
    ],
  },
  {
    kind: 'request',
    cues: [
      '(could|can|would) you( please)? (send|share|introduce|forward|connect|help|look into|provide|cover|put (me|us) in touch)',
      'would you (be able to|mind) (send|share|introduce|forward|connect|help|provide|put)',
      'please (send|share|introduce|forward|provide)',
      'any chance you could',
      "i'd love (an intro|an introduction|to get an intro)",
      '(could|can) we get',
      'need you to',
    ],
  },
  {
    kind: 'commitment',
    cues: [`(i'll|i will|we'll|we will|let me) ${ACT}[^.?!]* ${WHEN}`],
  },
  {
    kind: 'offer-help',
    cues: [
      'what can (i|we) do for you',
      'how can (i|we) help',
      'is there anything (i|we) can do',
      'anything (i|we) can do to help',
      'how can (i|we) be( most| more)? helpful',
      'what would be( most| more)? helpful for (you|your)',
    ],
  },
  {
    kind: 'overpromise',
    cues: [
      '(i|we) guarantee',
      '(easily |definitely )?(double|triple|10x) your (pipeline|revenue|sales|growth|leads)',
      '(build|do) anything you need',
      '(live|done|ready) overnight',
      'one hundred percent',
      'integrate with everything',
    ],
  },
  {
    kind: 'dismissive',
    cues: ['with all due respect', "you don't understand", 'let me stop you', "that's (a )?naive"],
  },
  {
    kind: 'evasive',
    cues: [
      'it depends',
      'hard to say',
      "we'll see(?=\\s*(,|\\.|how|$))",
      "i can't( really)? (share|disclose|say|talk about|get into|comment)",
      "i'd rather not (say|get into|discuss|share)",
      'not at liberty',
      "let's not get into",
    ],
  },
  {
    kind: 'value',
    cues: [
      'happy to (introduce|share|connect|send)',
      'i can (connect|introduce) you',
      'i know someone (at|who)',
      'you should talk to',
      'one thing that worked( really well)? for us',
      "here's what we learned",
      'i can send you (our|my|a|the)',
    ],
  },
  {
    kind: 'appreciation',
    cues: [
      'thank you (so much|for)',
      'thanks (so much|a lot|for)',
      '(really |i )appreciate',
      '(really|super|very) helpful',
      "that's a great (point|idea)",
    ],
  },
];

/**
 * Lines that are about the meeting itself, or report what someone else said: never a moment,
 * whatever else they contain ("Can you share your screen?" is not a request for resources).
 */
export const NOT_A_MOMENT: readonly string[] = [
  'can you (hear|see) (me|my|us)',
  '(could|can) you (repeat|say that again|mute|unmute)',
  '(share|sharing) (your|my) screen',
  "you're on mute",
  'let me in',
  '(the )?(link|invite) in the chat',
  '(he|she|they) (said|asked|told|mentioned)',
];

/** A cue right after one of these words is negated ("not happy to share"). */
export const NEGATIONS: readonly string[] = ['not', 'never', 'no', "don't", "won't", "didn't"];
