/**
 * Words that open a question when a caption line starts with them. Captions often drop the
 * question mark (Teams and Zoom punctuate late or never), so the opening word counts too.
 * Auxiliaries ("can", "do", "is"...) are included: in spoken English a line that starts with
 * one is almost always a question ("Do you have the numbers").
 */
export const QUESTION_OPENERS: readonly string[] = [
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'which',
  'why',
  'how',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'should',
  'may',
  'might',
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
];

const OPENERS = new Set(QUESTION_OPENERS);
const FIRST_WORD = /^[^\p{L}\p{N}]*([\p{L}']+)/u;

/** A caption line is a question when it ends in "?" or starts with a question word. */
export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (/[?？]["'”’)\]]*$/u.test(trimmed)) return true;
  const first = FIRST_WORD.exec(trimmed)?.[1]?.toLowerCase();
  return first !== undefined && OPENERS.has(first);
}
