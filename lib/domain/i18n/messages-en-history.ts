import { addEnglish } from './translate';

/**
 * The English messages of the history (components/history) and its call rows (shared with
 * the partner page): full-page screens, never loaded by the side panel. A file that uses one
 * imports this module (tests/unit/domain/i18n/catalogue.test.ts checks).
 */
export const enHistory = {
  // components/ui
  'ui.callRow.figures.them': 'They gave {gave} · took {took}',
  'ui.callRow.figures.me': 'You gave {gave} · took {took}',
  'ui.callRow.live': ' · live',
  'ui.callRow.openAsks': {
    one: '{count} open ask',
    other: '{count} open asks',
  },
  'ui.callRow.openCommitments': {
    one: '{count} open commitment',
    other: '{count} open commitments',
  },
  'ui.calls.label': 'Calls',
  // components/history
  'history.export.failed': 'Could not export the calls ({reason}).',
  'history.export.button': 'Download these calls (CSV)',
  'history.search.label': 'Search calls',
  'history.search.placeholder': 'Search titles, partners, notes…',
  'history.filter.partner': 'Partner',
  'history.filter.allPartners': 'All partners',
  'history.filter.verdict': 'Verdict',
  'history.filter.anyVerdict': 'Any verdict',
  'history.filter.platform': 'Platform',
  'history.filter.anyPlatform': 'Any platform',
  'history.filter.from': 'From',
  'history.filter.to': 'To',
  'history.filter.sort': 'Sort',
  'history.filter.newest': 'Newest first',
  'history.filter.tookMost': 'They took most first',
  'history.filter.clear': 'Clear filters',
  'history.heading': 'History',
  'history.loading': 'Loading your calls…',
  'history.counting': 'Counting your calls…',
  'history.count': {
    one: '{count} call',
    other: '{count} calls',
  },
  'history.empty.filtered': 'No call matches. Try fewer words or clear the filters.',
  'history.empty':
    'No calls yet. Start one from the side panel when your next partner call begins.',
} as const;

addEnglish(enHistory);
