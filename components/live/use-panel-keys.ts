import { useEffect, useRef } from 'react';
import { panelActionFor, type PanelAction } from '../../lib/domain/panel-keys';

/** Inputs that take no typed text: a letter pressed on one is still a panel key. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** Whether the key goes into a field the user is typing in. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    (target instanceof HTMLInputElement && !KEYLESS_INPUTS.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Listens for panel keys on the whole page, except while the user types in a field.
 * `takeFirst` may claim a key before it is read as a panel key (returns true when it did).
 */
export function usePanelKeys(
  onAction: (action: PanelAction) => void,
  keyMap: ReadonlyMap<string, string>,
  takeFirst?: (event: KeyboardEvent) => boolean,
): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  const first = useRef(takeFirst);
  first.current = takeFirst;
  const keys = useRef(keyMap);
  keys.current = keyMap;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (first.current?.(event)) {
        event.preventDefault();
        return;
      }
      if (event.repeat) return;
      const action = panelActionFor(event, keys.current);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
