import type { QuoteLine, Side } from '../model';

/** The side a caption line belongs to: the user's own words are Me, everyone else's Them. */
export function sideOfLine(line: Pick<QuoteLine, 'mine'>): Side {
  return line.mine ? 'me' : 'them';
}
