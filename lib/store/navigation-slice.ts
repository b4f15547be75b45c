import type { StateCreator } from 'zustand';
import type { Store } from './store';

export type View = { name: 'home' } | { name: 'call'; callId: string } | { name: 'settings' };

export interface NavigationSlice {
  view: View;
  openCall: (callId: string) => void;
  goHome: () => void;
  openSettings: () => void;
}

export const createNavigationSlice: StateCreator<Store, [], [], NavigationSlice> = (set) => ({
  view: { name: 'home' },
  openCall: (callId) => set({ view: { name: 'call', callId } }),
  goHome: () => set({ view: { name: 'home' } }),
  openSettings: () => set({ view: { name: 'settings' } }),
});
