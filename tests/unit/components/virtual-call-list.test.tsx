import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROW_HEIGHT, VirtualCallList } from '../../../components/ui/virtual-call-list';
import { DatabaseProvider } from '../../../components/app-context/database-context';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import type { Call } from '../../../lib/domain/model';
import { emptyTally } from '../../../lib/domain/tally';
import { freshDatabase } from '../support/fresh-database';

function calls(count: number): Map<string, Call> {
  const all = Array.from({ length: count }, (_, i): Call => {
    const startedAt = Date.UTC(2026, 0, 1) - i * 86_400_000;
    return {
      id: `call-${i}`,
      title: `Call ${i}`,
      platform: 'zoom',
      startedAt,
      endedAt: startedAt + 1_800_000,
      notes: '',
      updatedAt: startedAt,
      tally: emptyTally(),
      words: [],
    };
  });
  return new Map(all.map((c) => [c.id, c]));
}

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

describe('VirtualCallList', () => {
  test('draws the rows of one window before its first paint, and the rows just past it after', async () => {
    const known = calls(200);
    render(
      <DatabaseProvider db={db}>
        <VirtualCallList
          ids={[...known.keys()]}
          partnerNames={new Map()}
          known={known}
          read={false}
        />
      </DatabaseProvider>,
    );
    const rows = () => within(screen.getByRole('list', { name: 'Calls' })).getAllByRole('listitem');
    const onScreen = Math.ceil(window.innerHeight / ROW_HEIGHT);
    // The first render: the window's height of rows, every one drawn from the rows it was given.
    expect(rows()).toHaveLength(onScreen);
    expect(rows()[0]).toHaveTextContent('Call 0');
    // A list states its full length on its items (aria-rowcount belongs to grids and tables).
    expect(screen.getByRole('list', { name: 'Calls' })).not.toHaveAttribute('aria-rowcount');
    expect(rows()[0]).toHaveAttribute('aria-setsize', '200');
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    // Once painted, a few more below, ready for scrolling.
    await waitFor(() => expect(rows().length).toBeGreaterThan(onScreen));
    expect(rows().length).toBeLessThan(onScreen + 10);
  });
});
