import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** A destructive action the user may still take back, described for the undo notice. */
export interface PendingUndo {
  message: string;
  undo: () => Promise<void>;
}

/** One offered undo, with an id of its own so that each notice keeps its own Undo. */
export interface OfferedUndo extends PendingUndo {
  id: number;
}

export interface UndoSlice {
  /** Oldest first. A second deletion adds a notice; it never replaces the first one's Undo. */
  pendingUndos: readonly OfferedUndo[];
  offerUndo: (pending: PendingUndo) => void;
  dismissUndo: (id: number) => void;
}

let nextId = 1;

export const createUndoSlice: StateCreator<Store, [], [], UndoSlice> = (set) => ({
  pendingUndos: [],
  offerUndo: (pending) =>
    set((s) => ({ pendingUndos: [...s.pendingUndos, { ...pending, id: nextId++ }] })),
  dismissUndo: (id) => set((s) => ({ pendingUndos: s.pendingUndos.filter((u) => u.id !== id) })),
});
