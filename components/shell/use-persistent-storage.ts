import { useEffect } from 'react';
import { requestPersistentStorage } from '../../lib/db/request-persistence';

/**
 * Asks the browser, once per page, never to evict our data. It has to be a page: Chrome's
 * StorageManager.persist() exists only in windows, not in the extension's service worker.
 */
export function usePersistentStorage(): void {
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
}
