import { useEffect, useState } from 'react';
import { TAG_COMMANDS, type TagCommandName } from '../../lib/domain/commands';
import { readBoundShortcuts } from '../../lib/extension/shortcut-settings';

export interface ShownShortcut {
  name: TagCommandName;
  keys: string;
  description: string;
}

const ORDER = Object.keys(TAG_COMMANDS);

function isTagCommand(name: string): name is TagCommandName {
  return name in TAG_COMMANDS;
}

const SUGGESTED: readonly ShownShortcut[] = Object.entries(TAG_COMMANDS).flatMap(([name, c]) =>
  c.suggestedKey && isTagCommand(name)
    ? [{ name, keys: c.suggestedKey, description: c.description }]
    : [],
);

/**
 * The global shortcuts as the browser has them bound — the user may have changed our
 * suggestions, or the browser may have refused one that clashed — read when first used (the
 * key card opening). Until then, or when the browser cannot say, our suggestions with
 * `suggested: true`.
 */
export function useBoundShortcuts(): {
  shortcuts: readonly ShownShortcut[];
  suggested: boolean;
} {
  const [bound, setBound] = useState<ShownShortcut[] | null>(null);
  useEffect(() => {
    let current = true;
    readBoundShortcuts().then(
      (all) => {
        if (!current) return;
        setBound(
          all
            .flatMap(({ name, shortcut }) =>
              shortcut && isTagCommand(name)
                ? [{ name, keys: shortcut, description: TAG_COMMANDS[name].description }]
                : [],
            )
            // In the tag pad's order (their kinds, then mine), not the browser's.
            .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name)),
        );
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return bound ? { shortcuts: bound, suggested: false } : { shortcuts: SUGGESTED, suggested: true };
}
