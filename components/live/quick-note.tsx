import { useEffect, useRef } from 'react';
import { useStore } from '../../lib/store/store';
import type { Tagger } from './use-tagger';

/** Typing right after a tag attaches a note to it: Enter saves, Escape skips. */
export function QuickNote({ tagger, momentId }: { tagger: Tagger; momentId: string }) {
  const draft = useStore((s) => s.noteDraft);
  const setDraft = useStore((s) => s.setNoteDraft);
  const closeNote = useStore((s) => s.closeNote);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, [momentId]);

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
          }
        }}
      />
    </div>
  );
}
