import type { StateCreator } from 'zustand';
import type { Moment, Side, Weight } from '../domain/model';
import type { Store } from './store';

/** A tag the user made whose transaction has not committed, or failed. */
export interface PendingTag {
  id: string;
  callId: string;
  side: Side;
  kind: string;
  pressedAt: number;
  /** The kind's default weight, when it is not 1. */
  weight?: Weight;
  status: 'saving' | 'failed';
  error?: string;
}

/**
 * A moment this panel saw commit, kept only until the live query has read the call again:
 * a read started after the commit (`seq` ≤ the read's) replaces it, whatever that read found.
 */
export interface SavedMoment {
  moment: Moment;
  seq: number;
}

export interface TaggingSlice {
  /** Tags shown as saving (their write is slow) or failed, until they commit. */
  pending: PendingTag[];
  /** The moment a quick note will attach to, from the moment it is tagged. */
  noteTargetId: string | null;
  /** Whether the note field is on screen. */
  noteOpen: boolean;
  /** Whether it has had the focus; before that, typed keys still go to the note. */
  noteFocused: boolean;
  /**
   * Whether the user has started the note: typed a key that is not a panel key, or clicked
   * or tabbed into the field. Until then the panel's keys keep working (see QuickNote).
   */
  noteWriting: boolean;
  noteDraft: string;
  saved: SavedMoment[];
  /** Counts commits, so that a read can tell which of them it was started after. */
  savedSeq: number;
  /** The last moment removed by undo, kept so the user can bring it back. */
  undone: Moment | null;
  /**
   * Failed tags this panel has since saved or discarded: their kept copies are being
   * forgotten, and must not show as unsaved meanwhile.
   */
  resolvedTagIds: string[];
  error: string | null;
  /** Puts a tag on screen as saving (or back to saving, for a retry). */
  showPending: (tag: PendingTag) => void;
  /** Its write committed: shown as saved, its note field open, in one render. */
  commitPending: (id: string, moment: Moment) => void;
  failPending: (tag: PendingTag, error: string) => void;
  dropPending: (id: string) => void;
  /** A failed tag was saved or discarded: dropped from pending, its kept copy let go. */
  resolveTag: (id: string) => void;
  /** The live query has read the call as of `seq`: earlier saved moments are in its rows. */
  settleSaved: (seq: number) => void;
  forgetSaved: (momentId: string) => void;
  armNote: (momentId: string) => void;
  noteFocusedFor: (momentId: string) => void;
  setNoteDraft: (text: string) => void;
  startWritingNote: () => void;
  closeNote: () => void;
  setUndone: (moment: Moment | null) => void;
  setError: (error: string | null) => void;
}

/** The note field to render, if any: only once its moment is on screen. */
export function openNoteTarget(s: TaggingSlice): string | null {
  return s.noteOpen ? s.noteTargetId : null;
}

function withTag(pending: PendingTag[], tag: PendingTag): PendingTag[] {
  return pending.some((p) => p.id === tag.id)
    ? pending.map((p) => (p.id === tag.id ? tag : p))
    : [...pending, tag];
}

export const createTaggingSlice: StateCreator<Store, [], [], TaggingSlice> = (set) => ({
  pending: [],
  noteTargetId: null,
  noteOpen: false,
  noteFocused: false,
  noteWriting: false,
  noteDraft: '',
  saved: [],
  savedSeq: 0,
  undone: null,
  resolvedTagIds: [],
  error: null,
  showPending: (tag) =>
    set((s) => ({
      pending: withTag(s.pending, { ...tag, status: 'saving', error: undefined }),
      noteOpen: s.noteOpen || s.noteTargetId === tag.id,
    })),
  commitPending: (id, moment) =>
    set((s) => ({
      pending: s.pending.filter((p) => p.id !== id),
      saved: [...s.saved, { moment, seq: s.savedSeq + 1 }],
      savedSeq: s.savedSeq + 1,
      noteOpen: s.noteOpen || s.noteTargetId === id,
    })),
  failPending: (tag, error) =>
    set((s) => ({
      pending: withTag(s.pending, { ...tag, status: 'failed', error }),
      noteOpen: s.noteOpen || s.noteTargetId === tag.id,
    })),
  dropPending: (id) => set((s) => ({ pending: s.pending.filter((p) => p.id !== id) })),
  resolveTag: (id) =>
    set((s) => ({
      pending: s.pending.filter((p) => p.id !== id),
      resolvedTagIds: s.resolvedTagIds.includes(id) ? s.resolvedTagIds : [...s.resolvedTagIds, id],
    })),
  settleSaved: (seq) =>
    set((s) =>
      s.saved.some((m) => m.seq <= seq) ? { saved: s.saved.filter((m) => m.seq > seq) } : s,
    ),
  forgetSaved: (momentId) =>
    set((s) =>
      s.saved.some((m) => m.moment.id === momentId)
        ? { saved: s.saved.filter((m) => m.moment.id !== momentId) }
        : s,
    ),
  armNote: (momentId) =>
    set({
      noteTargetId: momentId,
      noteOpen: false,
      noteFocused: false,
      noteWriting: false,
      noteDraft: '',
    }),
  noteFocusedFor: (momentId) =>
    set((s) => (s.noteTargetId === momentId ? { noteFocused: true } : s)),
  setNoteDraft: (text) => set({ noteDraft: text }),
  startWritingNote: () =>
    set((s) => (s.noteTargetId && !s.noteWriting ? { noteWriting: true } : s)),
  closeNote: () =>
    set({
      noteTargetId: null,
      noteOpen: false,
      noteFocused: false,
      noteWriting: false,
      noteDraft: '',
    }),
  setUndone: (moment) => set({ undone: moment }),
  setError: (error) => set({ error }),
});
