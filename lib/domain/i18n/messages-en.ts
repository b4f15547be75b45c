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
  'relationship.balanced':
    'Balanced: in {balanced} of the last {count} calls the exchange was about even.',
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
  // shared labels (lib/domain/i18n/labels.ts)
  'side.them': 'Them',
  'side.me': 'Me',
  'side.subject.them': 'They',
  'side.subject.me': 'You',
  'followUp.state.open': 'Open',
  'followUp.state.answered': 'Answered',
  'followUp.state.declined': 'Declined',
  'followUp.state.done': 'Done',
  'outcome.yes': 'Reached the goal',
  'outcome.partly': 'Partly reached the goal',
  'outcome.no': 'Did not reach the goal',
  'classification.give': 'Give',
  'classification.take': 'Take',
  'classification.flag': 'Red flag',
  'classification.accountability': 'Accountability',
  'classification.neutral': 'Neutral',
  'partners.sort.last': 'Latest call first',
  'partners.sort.name': 'Name',
  'partners.sort.calls': 'Most calls first',
  'partners.sort.took': 'They took most first',
  // components/ui
  'ui.calendar.failed': 'Could not make the calendar file ({reason}).',
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
  'ui.damaged.deletedCall': 'Damaged call deleted.',
  'ui.damaged.deletedMoment': 'Damaged moment deleted.',
  'ui.damaged.headline.call': 'This call’s record is damaged',
  'ui.damaged.headline.moment': 'This moment’s record is damaged',
  'ui.damaged.detail.fields':
    '{name} holds values that are not valid ({fields}). Everything else is fine.',
  'ui.damaged.detail.unknown': '{name} holds values that cannot be shown. Everything else is fine.',
  'ui.damaged.it': 'It',
  'ui.damaged.confirm.call': 'Delete this damaged call?',
  'ui.damaged.confirm.moment': 'Delete this damaged moment?',
  'ui.damaged.delete.call': 'Delete call',
  'ui.damaged.delete.moment': 'Delete moment',
  'ui.delete': 'Delete',
  'ui.back': 'Back',
  'ui.cancel': 'Cancel',
  'ui.dismiss': 'Dismiss',
  'ui.partnerName.placeholder': 'Person or organisation',
  'ui.partnerName.didYouMean': 'Did you mean',
  'ui.partnerName.use': 'Use {name}',
  'ui.partnerName.otherwise': 'Otherwise “{name}” becomes a new partner.',
  'ui.prep.goal': 'My goal for this call',
  'ui.prep.goal.placeholder': 'e.g. agree a joint pilot',
  'ui.prep.bring': 'What I bring',
  'ui.prep.bring.placeholder': 'e.g. intros to two retailers',
  'ui.prep.need': 'What I need from them',
  'ui.prep.need.placeholder': 'e.g. API access by March',
  'ui.undo.label': 'Undo',
  'ui.undo.failed': 'Could not undo: {reason}',
  'ui.undo.dismiss': 'Dismiss: {message}',
  'ui.calls.label': 'Calls',
  'ui.calendar.allOpen': 'All open commitments to calendar (.ics)',
  'ui.calendar.allOpen.none': 'No open commitment has a due date.',
  'ui.followUp.dueFor': 'Due date for: {text}',
  'ui.followUp.pastDue': 'Past due',
  'ui.followUp.stateOf': 'State of: {text}',
  'ui.followUp.heading': 'Asks and commitments',
  'ui.followUp.theyAsked': 'What they asked of me',
  'ui.followUp.theyAsked.empty': 'They asked for nothing.',
  'ui.followUp.iAsked': 'What I asked of them',
  'ui.followUp.iAsked.empty': 'You asked for nothing.',
  'ui.followUp.commitments': 'Who committed to what',
  'ui.followUp.commitments.empty': 'No commitments were made.',
  'ui.overdue.heading': 'Past due',
  'ui.overdue.due': 'due {day}',
  'ui.overdue.markDone': 'Mark done: {text}',
  'ui.overdue.done': 'Done',
  'ui.overdue.reading': 'Reading every past-due commitment…',
  'ui.overdue.showAll': 'Show every past-due commitment',
  // components/shell
  'shell.crash.title': 'Something went wrong',
  'shell.crash.detail': 'The panel hit an error:',
  'shell.crash.safe': 'Everything you tagged was saved before this screen; nothing is lost.',
  'shell.crash.reload': 'Reload the panel',
  'shell.opening': 'Opening…',
  'shell.openingCalls': 'Opening your calls…',
  'shell.nav.history': 'History',
  'shell.nav.partners': 'Partners',
  'shell.nav.backup': 'Backup',
  'shell.nav.settings': 'Settings',
  'shell.title.backup': 'Backup and restore',
  'shell.title.call': 'Call',
  'shell.title.callOf': '{heading} — call',
  'shell.title.partner': 'Partner',
  'shell.title.partnerOf': '{heading} — partner',
  'shell.title.liveCall': '{heading} — live call',
  'shell.back': 'Back',
  // components/home
  'home.settings': 'Settings',
  'home.tagline': 'Tag what each side gives and takes. It stays on this computer.',
  'home.recent.heading': 'Recent calls',
  'home.recent.all': 'All calls, partners and search',
  'home.recent.empty': 'No calls yet. Start one when your next partner call begins — or press {key} in the meeting tab and a call starts by itself.',
  'home.recent.moments': {
    one: ' · {count} moment',
    other: ' · {count} moments',
  },
  'home.start.platform': 'Platform',
  'home.start.platform.other': 'Other',
  'home.start.label': 'Start a call',
  'home.start.starting': 'Starting…',
  'home.start.button': 'Start call',
  'home.start.title': 'Title (optional)',
  'home.start.title.placeholder': 'e.g. Intro with Acme partnerships',
  'home.start.partner': 'Partner (optional)',
  'home.start.fillFromTab': 'Fill from meeting tab',
  'home.start.prepare': 'Prepare (optional): your goal, what you bring, what you need',
  'home.meeting.using': 'Using your {platform} tab.',
  'home.meeting.declined': 'No problem — type a title instead. Everything else works the same.',
  'home.meeting.notAMeeting': 'The active tab is not a Meet, Zoom, Teams or Webex call. Type a title instead.',
  'home.meeting.failed': 'Could not read the meeting tab ({reason}).',
} as const;
