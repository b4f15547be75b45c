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

export interface TaggingSlice {
  pending: PendingTag[];
  /** The moment a quick note will attach to, right after its tag committed. */
  noteTargetId: string | null;
  noteDraft: string;
  /** The last moment removed by undo, kept so the user can bring it back. */
  undone: Moment | null;
  error: string | null;
  addPending: (tag: PendingTag) => void;
  failPending: (id: string, error: string) => void;
  retryPending: (id: string) => void;
  dropPending: (id: string) => void;
  armNote: (momentId: string) => void;
  setNoteDraft: (text: string) => void;
  closeNote: () => void;
  setUndone: (moment: Moment | null) => void;
  setError: (error: string | null) => void;
}

export const createTaggingSlice: StateCreator<Store, [], [], TaggingSlice> = (set) => ({
  pending: [],
  noteTargetId: null,
  noteDraft: '',
  undone: null,
  error: null,
  addPending: (tag) => set((s) => ({ pending: [...s.pending, tag] })),
  failPending: (id, error) =>
    set((s) => ({
      pending: s.pending.map((p) => (p.id === id ? { ...p, status: 'failed', error } : p)),
    })),
  retryPending: (id) =>
    set((s) => ({
      pending: s.pending.map((p) =>
        p.id === id ? { ...p, status: 'saving', error: undefined } : p,
      ),
    })),
  dropPending: (id) => set((s) => ({ pending: s.pending.filter((p) => p.id !== id) })),
  armNote: (momentId) => set({ noteTargetId: momentId, noteDraft: '' }),
  setNoteDraft: (text) => set({ noteDraft: text }),
  closeNote: () => set({ noteTargetId: null, noteDraft: '' }),
  setUndone: (moment) => set({ undone: moment }),
  setError: (error) => set({ error }),
});
