import type { AskState, CommitmentState, FollowUpState, Moment, Side } from './model';
import { DEFAULT_KINDS, type FollowUpKind } from './moment-kinds';

/** Each built-in kind with a follow-up (its `followUp`): custom kinds have none. */
const FOLLOW_UP_OF: ReadonlyMap<string, FollowUpKind> = new Map(
  DEFAULT_KINDS.flatMap((k) => ('followUp' in k ? [[k.id, k.followUp] as const] : [])),
);

export const ASK_STATES: readonly AskState[] = ['open', 'answered', 'declined'];
export const COMMITMENT_STATES: readonly CommitmentState[] = ['open', 'done'];

type FollowUpFields = Pick<Moment, 'kind' | 'state'>;

export function followUpKind(kind: string): FollowUpKind | undefined {
  return FOLLOW_UP_OF.get(kind);
}

/** The moment's follow-up state, or undefined when its kind has none. */
export function followUpState(moment: FollowUpFields): FollowUpState | undefined {
  const kind = followUpKind(moment.kind);
  if (!kind) return undefined;
  const state = moment.state ?? 'open';
  const allowed: readonly FollowUpState[] = kind === 'ask' ? ASK_STATES : COMMITMENT_STATES;
  // A kind changed from ask to commitment (or back) keeps a state the new kind lacks:
  // read it as open rather than as a state the user never chose.
  return allowed.includes(state) ? state : 'open';
}

export function isOpenFollowUp(moment: FollowUpFields): boolean {
  return followUpState(moment) === 'open';
}

export function isPastDue(moment: Pick<Moment, 'kind' | 'state' | 'dueAt'>, now: number): boolean {
  return (
    followUpKind(moment.kind) === 'commitment' &&
    isOpenFollowUp(moment) &&
    moment.dueAt !== undefined &&
    moment.dueAt < now
  );
}

/**
 * The moment as it must be stored: the sparse `open` index set exactly while it is an
 * open ask or commitment, a due date only on commitments, and `openDue` only on open
 * commitments with a due date. A copy when anything changes; the moment itself when it is
 * already so (most are: a restore passes half a million through here).
 */
export function withFollowUpIndex<M extends Moment>(moment: M): M {
  const open = isOpenFollowUp(moment);
  const commitment = followUpKind(moment.kind) === 'commitment';
  const openDue = open && commitment ? moment.dueAt : undefined;
  if (
    (open ? moment.open === 1 : !('open' in moment)) &&
    (commitment || !('dueAt' in moment)) &&
    (openDue !== undefined ? moment.openDue === openDue : !('openDue' in moment))
  )
    return moment;
  const stored = { ...moment };
  if (open) stored.open = 1;
  else delete stored.open;
  if (!commitment) delete stored.dueAt;
  if (openDue !== undefined) stored.openDue = openDue;
  else delete stored.openDue;
  return stored;
}

export interface FollowUpLists<M> {
  /** What they asked of me. */
  theyAsked: M[];
  /** What I asked of them. */
  iAsked: M[];
  /** Who committed to what, both sides. */
  commitments: M[];
}

export function followUpLists<M extends Pick<Moment, 'kind' | 'side' | 'at'>>(
  moments: readonly M[],
): FollowUpLists<M> {
  const lists: FollowUpLists<M> = { theyAsked: [], iAsked: [], commitments: [] };
  for (const m of [...moments].sort((a, b) => a.at - b.at)) {
    const kind = followUpKind(m.kind);
    if (kind === 'commitment') lists.commitments.push(m);
    else if (kind === 'ask') (m.side === 'them' ? lists.theyAsked : lists.iAsked).push(m);
  }
  return lists;
}

export function countOpen(moments: ReadonlyArray<Pick<Moment, 'kind' | 'side' | 'state'>>): {
  asks: Record<Side, number>;
  commitments: Record<Side, number>;
} {
  const asks = { them: 0, me: 0 };
  const commitments = { them: 0, me: 0 };
  for (const m of moments) {
    if (!isOpenFollowUp(m)) continue;
    if (followUpKind(m.kind) === 'ask') asks[m.side] += 1;
    else commitments[m.side] += 1;
  }
  return { asks, commitments };
}

export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = {
  open: 'Open',
  answered: 'Answered',
  declined: 'Declined',
  done: 'Done',
};
