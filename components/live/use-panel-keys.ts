import { useEffect, useRef } from 'react';
import { panelActionFor, type PanelAction } from '../../lib/domain/panel-keys';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Listens for panel keys on the whole page, except while the user types in a field. */
export function usePanelKeys(
  onAction: (action: PanelAction) => void,
  keyMap: ReadonlyMap<string, string>,
): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  const keys = useRef(keyMap);
  keys.current = keyMap;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.repeat || isTyping(event.target)) return;
      const action = panelActionFor(event, keys.current);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
