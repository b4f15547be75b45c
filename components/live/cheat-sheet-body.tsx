import { ExternalLink } from 'lucide-react';
import { visibleKinds } from '../../lib/domain/catalogue';
import { TAG_COMMANDS } from '../../lib/domain/commands';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import '../../lib/domain/i18n/messages-en-keys';
import { openShortcutSettings } from '../../lib/extension/shortcut-settings';
import { useT } from '../app-context/i18n-context';
import { useCatalogue, useKindOf } from '../app-context/settings-context';
import { Kbd } from '../ui/kbd';
import { useBoundShortcuts } from './use-bound-shortcuts';

const SPACE_MARK = '\u0000';

/** The sentence with the Space key drawn as a key where the message puts it. */
function withSpaceKey(text: string) {
  const [before, after] = text.split(SPACE_MARK);
  return (
    <>
      {before}
      <Kbd>Space</Kbd>
      {after}
    </>
  );
}

/** The open key card's contents: the panel's keys, the global shortcuts, and where to change them. */
export function CheatSheetBody() {
  const kinds = visibleKinds(useCatalogue()).filter((k) => k.key);
  const kindOf = useKindOf();
  const t = useT();
  const global = useBoundShortcuts();
  return (
    <>
      <p className="cheat-rule">
        {t('live.keys.rule.letter')} <strong>{t('side.them')}</strong> · <Kbd>Shift</Kbd>
        {t('live.keys.rule.shift')} <strong>{t('side.me')}</strong>
      </p>
      <ul className="cheat-keys">
        {kinds.map((k) => (
          <li key={k.id}>
            <Kbd>{k.key.toUpperCase()}</Kbd> {k.short}
          </li>
        ))}
        <li>
          <Kbd>X</Kbd> {t('live.keys.switchSide')}
        </li>
        <li>
          <Kbd>Ctrl+Z</Kbd> {t('live.keys.undo')}
        </li>
        <li>
          <Kbd>Enter</Kbd> {t('live.keys.saveNote')}
        </li>
        <li>
          <Kbd>Esc</Kbd> {t('live.keys.skipNote')}
        </li>
      </ul>
      <p className="cheat-rule">{withSpaceKey(t('live.keys.noteRule', { space: SPACE_MARK }))}</p>
      <p className="cheat-heading">
        {t(global.suggested ? 'live.keys.global.suggested' : 'live.keys.global')}
      </p>
      {global.shortcuts.length > 0 ? (
        <ul className="cheat-global">
          {global.shortcuts.map((c) => {
            // The user's name for the kind, as on the tag pad, not the manifest's default.
            const { side, kind } = TAG_COMMANDS[c.name];
            return (
              <li key={c.name}>
                <Kbd>{c.keys}</Kbd> {t(SIDE_LABEL_IDS[side])}: {kindOf(kind).label}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">{t('live.keys.noGlobal')}</p>
      )}
      <button type="button" className="link-button" onClick={() => void openShortcutSettings()}>
        {t('live.keys.change')} <ExternalLink size={12} aria-hidden="true" />
      </button>
    </>
  );
}
