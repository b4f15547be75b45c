import { useEffect, useRef } from 'react';
import { panelActionInNote, type PanelAction } from '../../lib/domain/panel-keys';
import { useStore } from '../../lib/store/store';
import type { Tagger } from './use-tagger';
import { useT } from '../app-context/i18n-context';

/**
 * Typing right after a tag attaches a note to it: Enter saves, Escape skips. Until the note is
 * started, the panel's keys keep their meaning in the field (see panelActionInNote): a tag
 * letter tags the next moment, X switches this one's side, Ctrl/Cmd+Z undoes it.
 */
export function QuickNote({
  tagger,
  momentId,
  keyMap,
  onAction,
}: {
  tagger: Tagger;
  momentId: string;
  keyMap: ReadonlyMap<string, string>;
  onAction: (action: PanelAction) => void;
}) {
  const t = useT();
  const draft = useStore((s) => s.noteDraft);
  const writing = useStore((s) => s.noteWriting);
  const setDraft = useStore((s) => s.setNoteDraft);
  const startWriting = useStore((s) => s.startWritingNote);
  const closeNote = useStore((s) => s.closeNote);
  const focusedFor = useStore((s) => s.noteFocusedFor);
  const input = useRef<HTMLInputElement>(null);
  // Set while the panel itself focuses the field: a focus the user gives it starts the note.
  const focusing = useRef(false);

  useEffect(() => {
    // Focused in the next frame, not now: focus() lays the page out at once, and now that
    // would hold up the render that shows the moment; the frame lays it out anyway.
    // Keys typed meanwhile go into the note (typeIntoNoteBeforeFocus).
    const frame = requestAnimationFrame(() => {
      const field = input.current;
      if (!field) return;
      focusing.current = true;
      field.focus();
      focusing.current = false;
      // After what was typed before the field had the focus, not in front of it.
      field.setSelectionRange(field.value.length, field.value.length);
      focusedFor(momentId);
    });
    return () => cancelAnimationFrame(frame);
  }, [momentId, focusedFor]);

  return (
    <div className="quick-note">
      <label htmlFor="quick-note-input" className="visually-hidden">
        {t('live.note.label')}
      </label>
      <input
        id="quick-note-input"
        ref={input}
        type="text"
        value={draft}
        maxLength={2000}
        placeholder={t('live.note.placeholder')}
        autoComplete="off"
        onFocus={() => {
          if (!focusing.current) startWriting();
        }}
        onMouseDown={startWriting}
        onChange={(e) => {
          // Typed, pasted or dictated: whatever put text in the field started the note.
          if (e.target.value !== '') startWriting();
          setDraft(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void tagger.saveNote();
            return;
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            closeNote();
            return;
          }
          const action = panelActionInNote(e, { writing, empty: draft === '' }, keyMap);
          if (!action) return;
          e.preventDefault();
          if (!e.repeat) onAction(action);
        }}
      />
    </div>
  );
}

/**
 * Between a tag and its note field having the focus (it opens with the committed moment),
 * keys typed go into the note as they would in the field; true when it took the key. A panel
 * key before the note is started is left to the panel, as in the field.
 */
export function typeIntoNoteBeforeFocus(
  event: KeyboardEvent,
  saveNote: () => void,
  keyMap: ReadonlyMap<string, string>,
): boolean {
  const s = useStore.getState();
  if (!s.noteTargetId || s.noteFocused || event.ctrlKey || event.metaKey || event.altKey) {
    return false;
  }
  if (panelActionInNote(event, { writing: s.noteWriting, empty: s.noteDraft === '' }, keyMap)) {
    return false;
  }
  if (event.key === 'Enter') saveNote();
  else if (event.key === 'Escape') s.closeNote();
  else if (event.key === 'Backspace') s.setNoteDraft(s.noteDraft.slice(0, -1));
  else if ([...event.key].length === 1) {
    s.startWritingNote();
    s.setNoteDraft(s.noteDraft + event.key);
  } else return false;
  return true;
}
