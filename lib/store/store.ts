import { create } from 'zustand';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createTaggingSlice, type TaggingSlice } from './tagging-slice';
import { createUndoSlice, type UndoSlice } from './undo-slice';

export type Store = NavigationSlice & TaggingSlice & UndoSlice;

/** UI state only: what is shown and what is being typed. Data lives in IndexedDB. */
export const useStore = create<Store>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createTaggingSlice(...args),
  ...createUndoSlice(...args),
}));

export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}
