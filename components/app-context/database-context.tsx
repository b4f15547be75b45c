import { createContext, useContext, type ReactNode } from 'react';
import type { ReciprocityDatabase } from '../../lib/db/database';

const DatabaseContext = createContext<ReciprocityDatabase | null>(null);

export function DatabaseProvider({
  db,
  children,
}: {
  db: ReciprocityDatabase;
  children: ReactNode;
}) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): ReciprocityDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it.');
  return db;
}
