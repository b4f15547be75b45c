export type Side = 'them' | 'me';
export const SIDES: readonly Side[] = ['them', 'me'];

export type Platform = 'meet' | 'zoom' | 'teams' | 'webex' | 'other';

export type Weight = 1 | 2 | 3;

export type Verdict =
  | 'balanced'
  | 'they-took-more'
  | 'one-sided-they-took'
  | 'i-took-more'
  | 'one-sided-i-took'
  | 'too-little-data';

export interface Partner {
  id: string;
  name: string;
  organisation?: string;
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface CallPrep {
  goal: string;
  bring: string;
  need: string;
}

export interface CallOutcome {
  reached: 'yes' | 'partly' | 'no';
  why: string;
}

/** Counts per side and kind plus the verdict, so lists never have to read moments. */
export interface CallTally {
  counts: Record<Side, Record<string, number>>;
  give: Record<Side, number>;
  take: Record<Side, number>;
  balance: number;
  verdict: Verdict;
  total: number;
}

export interface Call {
  id: string;
  title: string;
  partnerId?: string;
  platform: Platform;
  url?: string;
  startedAt: number;
  endedAt: number | null;
  prep?: CallPrep;
  notes: string;
  outcome?: CallOutcome;
  updatedAt: number;
  tally: CallTally;
  /**
   * Present (=1) only while the call is live. IndexedDB does not index null, so
   * `endedAt: null` cannot be found by an index; this sparse field can, in O(1).
   */
  live?: 1;
}

export interface Moment {
  id: string;
  callId: string;
  side: Side;
  kind: string;
  at: number;
  offsetMs: number;
  note: string;
  weight: Weight;
  createdAt: number;
  updatedAt: number;
}

export function otherSide(side: Side): Side {
  return side === 'them' ? 'me' : 'them';
}
