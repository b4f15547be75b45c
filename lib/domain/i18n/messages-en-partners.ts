import { addEnglish } from './translate';

/**
 * The English messages of the partners' list and a partner's page (components/partners):
 * full-page screens, never loaded by the side panel. A file that uses one imports this module
 * (tests/unit/domain/i18n/catalogue.test.ts checks).
 */
export const enPartners = {
  // components/partners
  'partners.chart.you': 'you',
  'partners.chart.they': 'they',
  'partners.chart.label': {
    one: 'Balance per call, {count} call. {sentence}',
    other: 'Balance per call, {count} calls. {sentence}',
  },
  'partners.chart.bar': '{day}: {verdict}',
  'partners.chart.theyGotMore': 'They got more',
  'partners.chart.youGotMore': 'You got more',
  'partners.actions.label': 'Merge or delete',
  'partners.actions.mergeInto': 'Same partner as… (merge a duplicate)',
  'partners.actions.choose': 'Choose a partner',
  'partners.actions.mergeConfirm': {
    one: 'Move {count} call to {into} and remove {name}?',
    other: 'Move {count} calls to {into} and remove {name}?',
  },
  'partners.actions.merge': 'Merge',
  'partners.actions.merged': '{name} merged into {into}.',
  'partners.actions.deleteConfirm': {
    one: 'Delete {name}? Their {count} call stays, without a partner.',
    other: 'Delete {name}? Their {count} calls stay, without a partner.',
  },
  'partners.actions.delete': 'Delete partner',
  'partners.actions.deleted': '{name} deleted.',
  'partners.exports.calls': 'Download calls (CSV)',
  'partners.exports.calendar': 'Open commitments to calendar (.ics)',
  'partners.exports.calendar.none': 'No open commitment with {name} has a due date.',
  'partners.open.heading': 'Still open',
  'partners.open.reading': 'Reading what is still open…',
  'partners.open.none': 'Nothing open: every ask and commitment is settled.',
  'partners.open.label': 'Open asks and commitments',
  'partners.open.showAll': 'Show all {count}',
  'partners.ledger.label': 'Across all calls',
  'partners.ledger.across': {
    one: 'Across {count} call',
    other: 'Across {count} calls',
  },
  'partners.ledger.gave': 'Gave',
  'partners.ledger.took': 'Took',
  'partners.ledger.you': 'You',
  'partners.page.loading': 'Loading the partner…',
  'partners.page.gone': 'This partner no longer exists.',
  'partners.page.all': 'All partners',
  'partners.page.calls': 'Calls',
  'partners.page.noCalls': 'No calls with {name} yet.',
  'partners.list.heading': 'Partners',
  'partners.list.loading': 'Loading your partners…',
  'partners.list.countOf': {
    one: '{shown} of {count} partner',
    other: '{shown} of {count} partners',
  },
  'partners.list.count': {
    one: '{count} partner',
    other: '{count} partners',
  },
  'partners.list.empty':
    'No partners yet. Name the partner when you start a call, and they appear here with every call you have had with them.',
  'partners.list.noMatch': 'No partner’s name or organisation starts with “{query}”.',
  'partners.list.clear': 'Clear the search',
  'partners.table.partner': 'Partner',
  'partners.table.calls': 'Calls',
  'partners.table.last': 'Last call',
  'partners.table.them': 'They',
  'partners.table.me': 'You',
  'partners.table.trend': 'Relationship',
  'partners.table.open': 'Open items',
  'partners.table.gave': 'gave {points}',
  'partners.table.took': 'took {points}',
  'partners.table.label': 'Partners',
  'partners.table.noCalls': 'No calls yet',
  'partners.search.label': 'Search partners',
  'partners.search.placeholder': 'Search names and organisations…',
  'partners.sort': 'Sort',
} as const;

addEnglish(enPartners);
