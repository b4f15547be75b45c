import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** A destructive action the user may still take back, described for the undo notice. */
export interface PendingUndo {
  message: string;
  undo: () => Promise<void>;
}

export interface UndoSlice {
  pendingUndo: PendingUndo | null;
  offerUndo: (pending: PendingUndo) => void;
  dismissUndo: () => void;
}

export const createUndoSlice: StateCreator<Store, [], [], UndoSlice> = (set) => ({
  pendingUndo: null,
  offerUndo: (pendingUndo) => set({ pendingUndo }),
  dismissUndo: () => set({ pendingUndo: null }),
});
