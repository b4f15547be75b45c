export type Side = 'them' | 'me';
export const SIDES: readonly Side[] = ['them', 'me'];
/** How a side is named wherever the user's own name for the other side is not wanted. */
export const SIDE_LABELS: Readonly<Record<Side, string>> = { them: 'Them', me: 'Me' };

export type Platform = 'meet' | 'zoom' | 'teams' | 'webex' | 'other';

export type Weight = 1 | 2 | 3;

/** Every verdict the reciprocity summary can give (see reciprocity.ts). */
export const VERDICTS = [
  'balanced',
  'they-took-more',
  'one-sided-they-took',
  'i-took-more',
  'one-sided-i-took',
  'too-little-data',
] as const;
export type Verdict = (typeof VERDICTS)[number];

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
  /** Asks (requests, proprietary) and commitments still open, per side that made them. */
  openAsks: Record<Side, number>;
  openCommitments: Record<Side, number>;
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
   * Lower-case words of the title, partner name, call notes, moment notes and quotes: a
   * multi-entry index so history search finds calls by prefix without scanning moments.
   */
  words: string[];
  /**
   * Present (=1) only while the call is live. IndexedDB does not index null, so
   * `endedAt: null` cannot be found by an index; this sparse field can, in O(1).
   */
  live?: 1;
  /**
   * While a call ended earlier is live again (reopened), when it first ended: ending it again
   * defaults to about then rather than to a now that may be the next day. Gone once it ends.
   */
  endedBeforeReopen?: number;
  /** Who talked, from the call's captions; absent when captions were not read in the call. */
  captions?: CaptionStats;
}

/** What a call's captions said about who talked: words spoken and questions asked per side. */
export interface CaptionStats {
  words: Record<Side, number>;
  questions: Record<Side, number>;
  /** Finished caption lines counted. */
  lines: number;
}

/**
 * One press of a tag key or button: what was tagged and when. Its id is chosen at the press,
 * so a retried or late write of the same press cannot duplicate the moment.
 */
export interface TagPress {
  id: string;
  side: Side;
  kind: string;
  /** When the key was pressed, epoch ms; the lead time is subtracted from it. */
  pressedAt: number;
  /** The kind's default weight, when it is not 1. */
  weight?: Weight;
}

/**
 * The press alone, out of a record that carries more (a call, a status, an error): what is
 * written as the moment, with no `weight` key at all when there is none.
 */
export function tagPressOf({ id, side, kind, pressedAt, weight }: TagPress): TagPress {
  return { id, side, kind, pressedAt, ...(weight ? { weight } : {}) };
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
  /** Follow-up of an ask or a commitment (see follow-up.ts); absent means open. */
  state?: FollowUpState;
  /** A commitment's due date, epoch ms. */
  dueAt?: number;
  /**
   * Present (=1) only while the moment is an open ask or commitment: a sparse index, so
   * open items across all calls are found without scanning moments.
   */
  open?: 1;
  /** An open commitment's due date, present only then: finds past-due ones by index. */
  openDue?: number;
  /**
   * The caption lines spoken in the moment's window (lead time before the press to the press,
   * plus the sentence in progress), oldest first; absent when captions were not read or the
   * user removed the quote. Edited by the user like a note.
   */
  quote?: QuoteLine[];
  /** The user said the quote's speaker is right to differ from the side: stop asking. */
  quoteSideDismissed?: true;
}

/** One caption line quoted on a moment: who said it and what. */
export interface QuoteLine {
  speaker: string;
  text: string;
  /** The speaker is the user: the platform's "You", or the name it shows for the local participant. */
  mine: boolean;
}

/** A finished caption line of a call, as kept for talk share and (when chosen) the transcript. */
export interface TranscriptLine extends QuoteLine {
  /** Epoch ms: when its first words were seen and when it was last seen changing. */
  startedAt: number;
  endedAt: number;
}

export type AskState = 'open' | 'answered' | 'declined';
export type CommitmentState = 'open' | 'done';
export type FollowUpState = AskState | CommitmentState;

export function otherSide(side: Side): Side {
  return side === 'them' ? 'me' : 'them';
}
