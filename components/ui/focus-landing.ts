import { useLayoutEffect, type RefObject } from 'react';

/** Marks the element that focus should land on when what held it goes (the newest Undo). */
export const FOCUS_LANDING = { 'data-focus-landing': 'undo' } as const;

function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * Puts focus somewhere meaningful after the element that held it left the page: the newest
 * Undo button if a notice offers one (what a user who just deleted something may want
 * next), else the screen's heading. Never left on <body>, where a keyboard or screen-reader
 * user would start again from the top.
 */
export function landFocus(): void {
  const undos = document.querySelectorAll<HTMLElement>('[data-focus-landing="undo"]');
  const undo = undos[undos.length - 1];
  if (undo) {
    undo.focus();
    return;
  }
  const main = document.querySelector<HTMLElement>('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!target) return;
  // A heading is not focusable by default; -1 lets a script focus it without adding a tab stop.
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

/**
 * When the component unmounts while focus is inside `ref`, lands focus (see landFocus)
 * once the commit that removed it is over, so that whatever that commit added (a new undo
 * notice, the next screen) is there to land on, and only if nothing else took focus.
 */
export function useLandFocusOnUnmount(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    // Read at unmount: layout cleanups run before React detaches the element from the page.
    const element = ref.current;
    return () => {
      if (!element?.contains(document.activeElement)) return;
      queueMicrotask(() => {
        if (focusLost()) landFocus();
      });
    };
  }, [ref]);
}
