import { describe, expect, test } from 'vitest';
import { formatRoute, parseRoute, type PageRoute } from '../../../lib/domain/page-route';

describe('full page routes', () => {
  test.each<PageRoute>([
    { name: 'history', filters: { q: '', sort: 'date' } },
    { name: 'history', filters: { q: 'acme pilot', sort: 'balance', verdict: 'balanced' } },
    { name: 'call', callId: 'c/1?x' },
    { name: 'partner', partnerId: 'p1' },
    { name: 'partners', view: { q: '', sort: 'last' } },
    { name: 'partners', view: { q: 'acme & co', sort: 'took' } },
    { name: 'backup' },
    { name: 'settings' },
  ])('%j survives the hash', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  test('the partners list keeps its search and order in the hash, and only what differs', () => {
    expect(formatRoute({ name: 'partners', view: { q: '', sort: 'last' } })).toBe('#/partners');
    expect(formatRoute({ name: 'partners', view: { q: 'acme', sort: 'name' } })).toBe(
      '#/partners?q=acme&sort=name',
    );
    expect(parseRoute('#/partners?sort=bogus')).toEqual({
      name: 'partners',
      view: { q: '', sort: 'last' },
    });
  });

  test('an unknown or empty hash is the history', () => {
    expect(parseRoute('')).toEqual({ name: 'history', filters: { q: '', sort: 'date' } });
    expect(parseRoute('#/nowhere')).toMatchObject({ name: 'history' });
  });
});
