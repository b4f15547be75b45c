import type { Call, Moment, Partner } from '../domain/model';
import { searchWords } from '../domain/search-words';
import type { SummaryOptions } from '../domain/reciprocity';
import { computeTally } from '../domain/tally';
import { quoteText } from '../domain/quotes/quote';
import { inTimeOrder } from './call-moments';

/**
 * The fields of a call derived from its moments and partner: the tally the history
 * list shows, and the words its search index holds. Recomputed on every write that
 * could change them, inside that write's transaction.
 */
export function derivedFields(
  call: Pick<Call, 'title' | 'notes'>,
  moments: readonly Moment[],
  partner: Pick<Partner, 'name' | 'organisation'> | undefined,
  options?: SummaryOptions,
): Pick<Call, 'tally' | 'words'> {
  const texts = [call.title, partner?.name ?? '', partner?.organisation ?? '', call.notes];
  // In time order, whatever order the moments came in: the same call always gets the same
  // words list (the cap on words keeps the first ones). A quote's words (and who said them)
  // find the call too: "deck" finds the call where Dana asked for it.
  for (const m of inTimeOrder([...moments])) {
    texts.push(m.note);
    // Most moments have no quote: no empty text to split (a restore has half a million).
    if (m.quote) texts.push(quoteText(m.quote));
  }
  return { tally: computeTally(moments, options), words: searchWords(texts) };
}
