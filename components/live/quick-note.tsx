import { useEffect, useRef } from 'react';
import { panelActionFor } from '../../lib/domain/panel-keys';
import { useStore } from '../../lib/store/store';
import type { Tagger } from './use-tagger';

/**
 * Typing right after a tag attaches a note to it: Enter saves, Escape skips. Ctrl/Cmd+Z in
 * the empty field undoes the tag itself, as it would with the field closed: a wrong tag is
 * noticed at once, before anything is typed.
 */
export function QuickNote({
  tagger,
  momentId,
  onUndo,
}: {
  tagger: Tagger;
  momentId: string;
  onUndo: () => void;
}) {
  const draft = useStore((s) => s.noteDraft);
  const setDraft = useStore((s) => s.setNoteDraft);
  const closeNote = useStore((s) => s.closeNote);
  const focusedFor = useStore((s) => s.noteFocusedFor);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Focused in the next frame, not now: focus() lays the page out at once, and now that
    // would hold up the render that shows the moment; the frame lays it out anyway.
    // Keys typed meanwhile go into the note (typeIntoNoteBeforeFocus).
    const frame = requestAnimationFrame(() => {
      const field = input.current;
      if (!field) return;
      field.focus();
      // After what was typed before the field had the focus, not in front of it.
      field.setSelectionRange(field.value.length, field.value.length);
      focusedFor(momentId);
    });
    return () => cancelAnimationFrame(frame);
  }, [momentId, focusedFor]);

  return (
    <div className="quick-note">
      <label htmlFor="quick-note-input" className="visually-hidden">
        Note for this moment
      </label>
      <input
        id="quick-note-input"
        ref={input}
        type="text"
        value={draft}
        maxLength={2000}
        placeholder="Type a note… Enter saves · Esc skips"
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void tagger.saveNote();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            closeNote();
          } else if (draft === '' && panelActionFor(e)?.type === 'undo') {
            e.preventDefault();
            onUndo();
          }
        }}
      />
    </div>
  );
}

/**
 * Between a tag and its note field having the focus (it opens with the committed moment),
 * keys typed go into the note as they would in the field; true when it took the key.
 */
export function typeIntoNoteBeforeFocus(event: KeyboardEvent, saveNote: () => void): boolean {
  const s = useStore.getState();
  if (!s.noteTargetId || s.noteFocused || event.ctrlKey || event.metaKey || event.altKey) {
    return false;
  }
  if (event.key === 'Enter') saveNote();
  else if (event.key === 'Escape') s.closeNote();
  else if (event.key === 'Backspace') s.setNoteDraft(s.noteDraft.slice(0, -1));
  else if ([...event.key].length === 1) s.setNoteDraft(s.noteDraft + event.key);
  else return false;
  return true;
}
