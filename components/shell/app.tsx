import { appDatabase } from '../../lib/db/app-database';
import { usePersistentStorage } from './use-persistent-storage';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { DatabaseProvider } from '../app-context/database-context';
import { ErrorBoundary } from './error-boundary';
import { Screens } from './screens';
import { SettingsProvider } from '../app-context/settings-context';

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
