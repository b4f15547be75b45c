import { appDatabase } from '../../lib/db/app-database';
import { usePersistentStorage } from './use-persistent-storage';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { DatabaseProvider } from './database-context';
import { ErrorBoundary } from './error-boundary';
import { Screens } from './screens';
import { SettingsProvider } from './settings-context';

export function App({ db = appDatabase() }: { db?: ReciprocityDatabase }) {
  usePersistentStorage();
  return (
    <ErrorBoundary>
      <DatabaseProvider db={db}>
        <SettingsProvider>
          <Screens />
        </SettingsProvider>
      </DatabaseProvider>
    </ErrorBoundary>
  );
}
