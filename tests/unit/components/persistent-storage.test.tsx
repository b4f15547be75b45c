import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../../components/shell/app';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => {
  db.close();
  Reflect.deleteProperty(navigator, 'storage');
});

test('the panel asks the browser, from the page, not to evict the data', async () => {
  const persist = vi.fn(async () => true);
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: async () => false, persist },
  });
  render(<App db={db} />);
  await screen.findByRole('button', { name: /Start call/ });
  await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
});
