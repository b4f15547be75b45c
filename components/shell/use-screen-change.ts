import { useEffect, useRef } from 'react';
import { useT, type Translate } from '../app-context/i18n-context';

export const APP_NAME = 'Reciprocity Coach';

/** What a screen is called in the window's title, from its main heading's text (when shown). */
export type ScreenTitle = (heading: string | undefined, t: Translate) => string;

/**
 * The shown screen's main heading, once it has loaded; else its settled main region. While
 * the next screen's code loads, React keeps the old one hidden (an inline `display: none`),
 * still in the document: that one is not the screen shown.
 */
function screenTarget(): HTMLElement | null {
  const main = [...document.querySelectorAll<HTMLElement>('main:not([aria-busy="true"])')].find(
    (candidate) => !candidate.closest('[style*="display: none"]'),
  );
  return main?.querySelector<HTMLElement>('h1') ?? main ?? null;
}

/**
 * Whether moving focus takes it from no one: it fell to the page when the control that
 * changed the screen went with the old screen, or it is on the page's navigation link that
 * was followed. Anything else keeps it: a field someone types in, the Undo of a deletion.
 */
function focusIsFree(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  return active.closest('nav') !== null;
}

/**
 * On every screen change (a new `key`), as a page load would: the window's title names the
 * new screen, and focus moves to its main heading, so a screen reader says where the user
 * is and the keyboard starts from there. Not on the first screen (the page load itself does
 * that), and never taking focus someone holds. The title follows the heading's text (a call
 * renamed on its page); `key` is null while nothing is shown yet.
 */
export function useScreenChange(key: string | null, title: ScreenTitle): void {
  const t = useT();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    const previous = shown.current;
    shown.current = key;
    // Whether focus is free is asked when the heading shows: by then the old screen, and the
    // control that left it, are gone.
    let focusPending = previous !== null && previous !== key;
    const sync = (): void => {
      const target = screenTarget();
      const heading = target?.tagName === 'H1' ? (target.textContent ?? undefined) : undefined;
      const name = title(target ? heading : undefined, t);
      const next = name && name !== APP_NAME ? `${name} — ${APP_NAME}` : APP_NAME;
      if (document.title !== next) document.title = next;
      if (!focusPending || !target) return;
      focusPending = false;
      // A microtask later, so that where the change itself put focus (the Undo offered by
      // a deletion that took the old screen away) is in place by then, and keeps it.
      queueMicrotask(() => {
        if (!target.isConnected || !focusIsFree()) return;
        // Reachable by script, not by Tab: a heading is no control.
        if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus();
      });
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [key, title, t]);
}
