import { useCallback, useMemo, useRef, useState } from 'react';
import { panelKeyMap } from '../../lib/domain/catalogue';
import type { Moment, Side } from '../../lib/domain/model';
import type { PanelAction } from '../../lib/domain/panel-keys';
import { useStore } from '../../lib/store/store';
import { useCatalogue, useKindOf } from '../app-context/settings-context';
import { typeIntoNoteBeforeFocus } from './quick-note';
import { usePanelKeys } from './use-panel-keys';
import type { Tagger } from './use-tagger';

/**
 * The tag just made (its note armed), even before its write commits, unless it failed;
 * else the newest moment.
 */
function actionTarget(last: Moment | undefined): { armed: string | null; target?: string } {
  const { noteTargetId: armed, pending } = useStore.getState();
  const failed = pending.some((p) => p.id === armed && p.status === 'failed');
  return { armed, target: armed && !failed ? armed : last?.id };
}

/** The panel's keys and tag buttons, wired to the tagger; `last` is the newest moment. */
export function useLiveActions(tagger: Tagger, last: Moment | undefined) {
  const catalogue = useCatalogue();
  const kindOf = useKindOf();
  const [helpOpen, setHelpOpen] = useState(false);
  const keyMap = useMemo(() => panelKeyMap(catalogue), [catalogue]);
  const latest = useRef(last);
  latest.current = last;
  const onTag = useCallback(
    (side: Side, kind: string) => void tagger.tag(side, kind, kindOf(kind).defaultWeight),
    [tagger, kindOf],
  );
  const onAction = useCallback(
    (action: PanelAction) => {
      const { armed, target } = actionTarget(latest.current);
      if (action.type === 'tag') onTag(action.side, action.kind);
      else if (action.type === 'undo') {
        void (armed ? tagger.undoTag(armed) : tagger.undo(latest.current));
      } else if (action.type === 'switch-side' && target) void tagger.switchSide(target);
      else if (action.type === 'toggle-help') setHelpOpen((open) => !open);
    },
    [tagger, onTag],
  );
  const takeNoteKey = useCallback(
    (event: KeyboardEvent) => typeIntoNoteBeforeFocus(event, () => void tagger.saveNote(), keyMap),
    [tagger, keyMap],
  );
  usePanelKeys(onAction, keyMap, takeNoteKey);
  return { catalogue, keyMap, onTag, onAction, helpOpen, setHelpOpen };
}
