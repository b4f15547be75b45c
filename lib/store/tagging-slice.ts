import type { StateCreator } from 'zustand';
import {
  NO_SAVED_MOMENTS,
  settledBy,
  withCommit,
  withoutMoment,
  type SavedMoments,
} from '../domain/live-moments';
import type { Moment, TagPress } from '../domain/model';
import type { Store } from './store';

/** A tag the user made whose transaction has not committed, or failed. */
export interface PendingTag extends TagPress {
  callId: string;
  status: 'saving' | 'failed';
  error?: string;
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
  /**
   * Moments this panel saw commit, kept only until the live query has read the call again
   * (see lib/domain/live-moments.ts).
   */
  saved: SavedMoments;
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
  /** The live query has read the call as of commit `seen`: earlier saved moments are in its rows. */
  settleSaved: (seen: number) => void;
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
  saved: NO_SAVED_MOMENTS,
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
      saved: withCommit(s.saved, moment),
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
  settleSaved: (seen) =>
    set((s) => {
      const saved = settledBy(s.saved, seen);
      return saved === s.saved ? s : { saved };
    }),
  forgetSaved: (momentId) =>
    set((s) => {
      const saved = withoutMoment(s.saved, momentId);
      return saved === s.saved ? s : { saved };
    }),
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
