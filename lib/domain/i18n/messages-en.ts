/**
 * Every message the app shows, in English: the source of the message ids. An id says where
 * the message is used (`screen.part.what`) and is written out in full where it is used, so a
 * search finds it and the catalogue test can tell an unused one. A value is a string with
 * `{name}` parameters, or plural forms chosen on `{count}` (see translate.ts).
 */
export const en = {
  // lib/domain: the verdict and its explanation
  'verdict.balanced': 'Balanced',
  'verdict.theyTookMore': 'They got more',
  'verdict.oneSidedTheyTook': 'One-sided: they only took',
  'verdict.iTookMore': 'You got more',
  'verdict.oneSidedITook': 'One-sided: you only took',
  'verdict.tooLittleData': 'Too little data',
  'summary.explanation.nothing':
    'Nothing given or taken yet — a verdict needs at least {min} gives or takes.',
  'summary.explanation.few': {
    one: 'Only {count} give-or-take moment — a verdict needs at least {min}.',
    other: 'Only {count} give-or-take moments — a verdict needs at least {min}.',
  },
  'summary.explanation.balanced':
    'They gave {theyGave} and took {theyTook}; you gave {youGave} and took {youTook}, so the exchange was balanced.',
  'summary.explanation.theyTookMore':
    'They gave {theyGave} and took {theyTook}; you gave {youGave} and took {youTook}, so they got more out of it than you did.',
  'summary.explanation.oneSidedTheyTook':
    'They gave {theyGave} and took {theyTook}; you gave {youGave} and took {youTook}, so they only took, while you gave.',
  'summary.explanation.iTookMore':
    'They gave {theyGave} and took {theyTook}; you gave {youGave} and took {youTook}, so you got more out of it than they did.',
  'summary.explanation.oneSidedITook':
    'They gave {theyGave} and took {theyTook}; you gave {youGave} and took {youTook}, so you only took, while they gave.',
  // lib/domain: flags, one sentence per flag and side
  'flag.proprietaryWithoutReturn.them': {
    one: 'They sought proprietary information once and gave nothing in return.',
    '=2': 'They sought proprietary information twice and gave nothing in return.',
    other: 'They sought proprietary information {count} times and gave nothing in return.',
  },
  'flag.proprietaryWithoutReturn.me': {
    one: 'You sought proprietary information once and gave nothing in return.',
    '=2': 'You sought proprietary information twice and gave nothing in return.',
    other: 'You sought proprietary information {count} times and gave nothing in return.',
  },
  'flag.neverOfferedHelp.them':
    'They made {count} requests and never offered help or asked what they could do.',
  'flag.neverOfferedHelp.me':
    'You made {count} requests and never offered help or asked what you could do.',
  'flag.neverOfferedHelpProprietary.them':
    'They made {count} requests ({proprietary} for proprietary information) and never offered help or asked what they could do.',
  'flag.neverOfferedHelpProprietary.me':
    'You made {count} requests ({proprietary} for proprietary information) and never offered help or asked what you could do.',
  'flag.noAppreciation.them': {
    one: 'You offered {what} once and they never showed appreciation.',
    '=2': 'You offered {what} twice and they never showed appreciation.',
    other: 'You offered {what} {count} times and they never showed appreciation.',
  },
  'flag.noAppreciation.me': {
    one: 'They offered {what} once and you never showed appreciation.',
    '=2': 'They offered {what} twice and you never showed appreciation.',
    other: 'They offered {what} {count} times and you never showed appreciation.',
  },
  'flag.gift.value': 'value',
  'flag.gift.help': 'help',
  'flag.gift.valueOrHelp': 'value or help',
  'flag.overpromise.them': {
    one: 'They made big promises with no plan behind them (once).',
    '=2': 'They made big promises with no plan behind them (twice).',
    other: 'They made big promises with no plan behind them ({count} times).',
  },
  'flag.overpromise.me': {
    one: 'You made big promises with no plan behind them (once).',
    '=2': 'You made big promises with no plan behind them (twice).',
    other: 'You made big promises with no plan behind them ({count} times).',
  },
  'flag.evasive.them': {
    one: 'They were evasive about costs, timelines or processes (once).',
    '=2': 'They were evasive about costs, timelines or processes (twice).',
    other: 'They were evasive about costs, timelines or processes ({count} times).',
  },
  'flag.evasive.me': {
    one: 'You were evasive about costs, timelines or processes (once).',
    '=2': 'You were evasive about costs, timelines or processes (twice).',
    other: 'You were evasive about costs, timelines or processes ({count} times).',
  },
  'flag.dismissive.them': {
    one: 'They dismissed your expertise (once).',
    '=2': 'They dismissed your expertise (twice).',
    other: 'They dismissed your expertise ({count} times).',
  },
  'flag.dismissive.me': {
    one: 'You dismissed their expertise (once).',
    '=2': 'You dismissed their expertise (twice).',
    other: 'You dismissed their expertise ({count} times).',
  },
  'flag.noCommitments.them':
    'They made no concrete commitment in a substantial exchange ({count} gives and takes).',
  'flag.noCommitments.me':
    'You made no concrete commitment in a substantial exchange ({count} gives and takes).',
  // lib/domain: a relationship over calls
  'relationship.noCalls': 'No calls with them yet.',
  'relationship.tooEarly.none': 'Too early to tell: no call with enough moments yet.',
  'relationship.tooEarly.some': {
    one: 'Too early to tell: only {count} call with enough moments.',
    other: 'Too early to tell: only {count} calls with enough moments.',
  },
  'relationship.theyTake.calls':
    'In {taken} of the last {count} calls they got more out of the exchange than you did.',
  'relationship.theyTake.points': 'They got more out of the last {count} calls: {points}.',
  'relationship.theyGive.calls':
    'In {taken} of the last {count} calls you got more out of the exchange than they did.',
  'relationship.theyGive.points': 'You got more out of the last {count} calls: {points}.',
  'relationship.points':
    'they gave {theyGave} and took {theyTook}; you gave {youGave} and took {youTook}',
  'relationship.balanced': 'Balanced: in {balanced} of the last {count} calls the exchange was about even.',
  'relationship.mixed': 'Mixed: of the last {count} calls, {parts}{reason}.',
  'relationship.mixed.theyGotMore': 'they got more in {count}',
  'relationship.mixed.youGotMore': 'you got more in {count}',
  'relationship.mixed.balanced': {
    one: '{count} was balanced',
    other: '{count} were balanced',
  },
  'relationship.mixed.allCallsYourFavour':
    ', but across all calls the exchange is even or in your favour',
  'relationship.mixed.allCallsTheirFavour':
    ', but across all calls the exchange is even or in their favour',
  'relationship.mixed.pointsYourFavour': ', but by points the exchange was even or in your favour',
  'relationship.mixed.pointsTheirFavour':
    ', but by points the exchange was even or in their favour',
  'trend.theyTake': 'They take',
  'trend.theyGive': 'They give',
  'trend.balanced': 'Balanced',
  'trend.mixed': 'Mixed',
  'trend.tooLittleData': 'Too early to tell',
} as const;
