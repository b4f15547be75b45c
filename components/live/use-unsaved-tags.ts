import { useEffect, useState } from 'react';
import { unsavedTags, watchUnsavedTags, type UnsavedTag } from '../../lib/extension/unsaved-tags';

/** The tags whose writes failed and are still kept, kept current as any part adds or saves one. */
export function useUnsavedTags(): UnsavedTag[] {
  const [tags, setTags] = useState<UnsavedTag[]>([]);
  useEffect(() => {
    let current = true;
    const read = (): void => {
      unsavedTags().then(
        (found) => {
          if (current) setTags(found);
        },
        (error: unknown) => console.warn('Could not read the unsaved tags', error),
      );
    };
    read();
    const stop = watchUnsavedTags(read);
    return () => {
      current = false;
      stop();
    };
  }, []);
  return tags;
}
