import type { Catalogue } from './translate';

/**
 * German. "Sie" is the user, "die Gegenseite" the other side of the call; a call is a
 * "Gespräch", an ask an "Anfrage", a commitment a "Zusage". Default kind names stay English
 * (see README); the words around them are German.
 */
export const de: Catalogue = {
  'verdict.balanced': 'Ausgeglichen',
  'verdict.theyTookMore': 'Gegenseite profitierte mehr',
  'verdict.oneSidedTheyTook': 'Einseitig: Gegenseite nahm nur',
  'verdict.iTookMore': 'Sie profitierten mehr',
  'verdict.oneSidedITook': 'Einseitig: Sie nahmen nur',
  'verdict.tooLittleData': 'Zu wenig Daten',
  'summary.explanation.nothing':
    'Noch nichts gegeben oder genommen – eine Bewertung braucht mindestens {min} Momente des Gebens oder Nehmens.',
  'summary.explanation.few': {
    one: 'Erst {count} Moment des Gebens oder Nehmens – eine Bewertung braucht mindestens {min}.',
    other:
      'Erst {count} Momente des Gebens oder Nehmens – eine Bewertung braucht mindestens {min}.',
  },
  'summary.explanation.balanced':
    'Die Gegenseite gab {theyGave} und nahm {theyTook}; Sie gaben {youGave} und nahmen {youTook}. Der Austausch war also ausgeglichen.',
  'summary.explanation.theyTookMore':
    'Die Gegenseite gab {theyGave} und nahm {theyTook}; Sie gaben {youGave} und nahmen {youTook}. Die Gegenseite hat also mehr davon gehabt als Sie.',
  'summary.explanation.oneSidedTheyTook':
    'Die Gegenseite gab {theyGave} und nahm {theyTook}; Sie gaben {youGave} und nahmen {youTook}. Die Gegenseite hat also nur genommen, während Sie gegeben haben.',
  'summary.explanation.iTookMore':
    'Die Gegenseite gab {theyGave} und nahm {theyTook}; Sie gaben {youGave} und nahmen {youTook}. Sie haben also mehr davon gehabt als die Gegenseite.',
  'summary.explanation.oneSidedITook':
    'Die Gegenseite gab {theyGave} und nahm {theyTook}; Sie gaben {youGave} und nahmen {youTook}. Sie haben also nur genommen, während die Gegenseite gegeben hat.',
  'flag.proprietaryWithoutReturn.them': {
    one: 'Die Gegenseite hat einmal nach vertraulichen Informationen gefragt und nichts zurückgegeben.',
    other:
      'Die Gegenseite hat {count}-mal nach vertraulichen Informationen gefragt und nichts zurückgegeben.',
  },
  'flag.proprietaryWithoutReturn.me': {
    one: 'Sie haben einmal nach vertraulichen Informationen gefragt und nichts zurückgegeben.',
    other:
      'Sie haben {count}-mal nach vertraulichen Informationen gefragt und nichts zurückgegeben.',
  },
  'flag.neverOfferedHelp.them':
    'Die Gegenseite hatte {count} Anfragen und hat nie Hilfe angeboten oder gefragt, was sie tun kann.',
  'flag.neverOfferedHelp.me':
    'Sie hatten {count} Anfragen und haben nie Hilfe angeboten oder gefragt, was Sie tun können.',
  'flag.neverOfferedHelpProprietary.them':
    'Die Gegenseite hatte {count} Anfragen ({proprietary} nach vertraulichen Informationen) und hat nie Hilfe angeboten oder gefragt, was sie tun kann.',
  'flag.neverOfferedHelpProprietary.me':
    'Sie hatten {count} Anfragen ({proprietary} nach vertraulichen Informationen) und haben nie Hilfe angeboten oder gefragt, was Sie tun können.',
  'flag.noAppreciation.them': {
    one: 'Sie haben einmal {what} angeboten, und die Gegenseite hat nie Wertschätzung gezeigt.',
    other:
      'Sie haben {count}-mal {what} angeboten, und die Gegenseite hat nie Wertschätzung gezeigt.',
  },
  'flag.noAppreciation.me': {
    one: 'Die Gegenseite hat einmal {what} angeboten, und Sie haben nie Wertschätzung gezeigt.',
    other:
      'Die Gegenseite hat {count}-mal {what} angeboten, und Sie haben nie Wertschätzung gezeigt.',
  },
  'flag.gift.value': 'Mehrwert',
  'flag.gift.help': 'Hilfe',
  'flag.gift.valueOrHelp': 'Mehrwert oder Hilfe',
  'flag.overpromise.them': {
    one: 'Die Gegenseite hat große Versprechen ohne Plan dahinter gemacht (einmal).',
    other: 'Die Gegenseite hat große Versprechen ohne Plan dahinter gemacht ({count}-mal).',
  },
  'flag.overpromise.me': {
    one: 'Sie haben große Versprechen ohne Plan dahinter gemacht (einmal).',
    other: 'Sie haben große Versprechen ohne Plan dahinter gemacht ({count}-mal).',
  },
  'flag.evasive.them': {
    one: 'Die Gegenseite ist bei Kosten, Zeitplänen oder Abläufen ausgewichen (einmal).',
    other: 'Die Gegenseite ist bei Kosten, Zeitplänen oder Abläufen ausgewichen ({count}-mal).',
  },
  'flag.evasive.me': {
    one: 'Sie sind bei Kosten, Zeitplänen oder Abläufen ausgewichen (einmal).',
    other: 'Sie sind bei Kosten, Zeitplänen oder Abläufen ausgewichen ({count}-mal).',
  },
  'flag.dismissive.them': {
    one: 'Die Gegenseite hat Ihre Expertise abgetan (einmal).',
    other: 'Die Gegenseite hat Ihre Expertise abgetan ({count}-mal).',
  },
  'flag.dismissive.me': {
    one: 'Sie haben die Expertise der Gegenseite abgetan (einmal).',
    other: 'Sie haben die Expertise der Gegenseite abgetan ({count}-mal).',
  },
  'flag.noCommitments.them':
    'Die Gegenseite hat in einem umfangreichen Austausch ({count}-mal Geben und Nehmen) keine konkrete Zusage gemacht.',
  'flag.noCommitments.me':
    'Sie haben in einem umfangreichen Austausch ({count}-mal Geben und Nehmen) keine konkrete Zusage gemacht.',
  'relationship.noCalls': 'Noch keine Gespräche mit diesem Partner.',
  'relationship.tooEarly.none':
    'Noch zu früh für eine Aussage: noch kein Gespräch mit genug Momenten.',
  'relationship.tooEarly.some': {
    one: 'Noch zu früh für eine Aussage: erst {count} Gespräch mit genug Momenten.',
    other: 'Noch zu früh für eine Aussage: erst {count} Gespräche mit genug Momenten.',
  },
  'relationship.theyTake.calls':
    'In {taken} der letzten {count} Gespräche hat die Gegenseite mehr vom Austausch gehabt als Sie.',
  'relationship.theyTake.points':
    'Die Gegenseite hat mehr von den letzten {count} Gesprächen gehabt: {points}.',
  'relationship.theyGive.calls':
    'In {taken} der letzten {count} Gespräche haben Sie mehr vom Austausch gehabt als die Gegenseite.',
  'relationship.theyGive.points':
    'Sie haben mehr von den letzten {count} Gesprächen gehabt: {points}.',
  'relationship.points':
    'die Gegenseite gab {theyGave} und nahm {theyTook}; Sie gaben {youGave} und nahmen {youTook}',
  'relationship.balanced':
    'Ausgeglichen: In {balanced} der letzten {count} Gespräche war der Austausch etwa gleich.',
  'relationship.mixed': 'Gemischt: Von den letzten {count} Gesprächen {parts}{reason}.',
  'relationship.mixed.theyGotMore': 'hatte die Gegenseite in {count} mehr davon',
  'relationship.mixed.youGotMore': 'hatten Sie in {count} mehr davon',
  'relationship.mixed.balanced': {
    one: 'war {count} ausgeglichen',
    other: 'waren {count} ausgeglichen',
  },
  'relationship.mixed.allCallsYourFavour':
    ', aber über alle Gespräche ist der Austausch ausgeglichen oder zu Ihren Gunsten',
  'relationship.mixed.allCallsTheirFavour':
    ', aber über alle Gespräche ist der Austausch ausgeglichen oder zugunsten der Gegenseite',
  'relationship.mixed.pointsYourFavour':
    ', aber nach Punkten war der Austausch ausgeglichen oder zu Ihren Gunsten',
  'relationship.mixed.pointsTheirFavour':
    ', aber nach Punkten war der Austausch ausgeglichen oder zugunsten der Gegenseite',
  'trend.theyTake': 'Gegenseite nimmt',
  'trend.theyGive': 'Gegenseite gibt',
  'trend.balanced': 'Ausgeglichen',
  'trend.mixed': 'Gemischt',
  'trend.tooLittleData': 'Noch zu früh',
  // shared labels (lib/domain/i18n/labels.ts)
  'side.them': 'Gegenseite',
  'side.me': 'Ich',
  'side.subject.them': 'Gegenseite',
  'side.subject.me': 'Sie',
  'followUp.state.open': 'Offen',
  'followUp.state.answered': 'Beantwortet',
  'followUp.state.declined': 'Abgelehnt',
  'followUp.state.done': 'Erledigt',
  'outcome.yes': 'Ziel erreicht',
  'outcome.partly': 'Ziel teilweise erreicht',
  'outcome.no': 'Ziel nicht erreicht',
  'classification.give': 'Geben',
  'classification.take': 'Nehmen',
  'classification.flag': 'Warnsignal',
  'classification.accountability': 'Verbindlichkeit',
  'classification.neutral': 'Neutral',
  'partners.sort.last': 'Letztes Gespräch zuerst',
  'partners.sort.name': 'Name',
  'partners.sort.calls': 'Meiste Gespräche zuerst',
  'partners.sort.took': 'Wer am meisten nahm, zuerst',
  // components/ui
  'ui.calendar.failed': 'Die Kalenderdatei konnte nicht erstellt werden ({reason}).',
  'ui.callRow.figures.them': 'Gegenseite gab {gave} · nahm {took}',
  'ui.callRow.figures.me': 'Sie gaben {gave} · nahmen {took}',
  'ui.callRow.live': ' · läuft',
  'ui.callRow.openAsks': {
    one: '{count} offene Anfrage',
    other: '{count} offene Anfragen',
  },
  'ui.callRow.openCommitments': {
    one: '{count} offene Zusage',
    other: '{count} offene Zusagen',
  },
  'ui.damaged.deletedCall': 'Beschädigtes Gespräch gelöscht.',
  'ui.damaged.deletedMoment': 'Beschädigter Moment gelöscht.',
  'ui.damaged.headline.call': 'Der Eintrag dieses Gesprächs ist beschädigt',
  'ui.damaged.headline.moment': 'Der Eintrag dieses Moments ist beschädigt',
  'ui.damaged.detail.fields':
    '{name} enthält ungültige Werte ({fields}). Alles andere ist in Ordnung.',
  'ui.damaged.detail.unknown':
    '{name} enthält Werte, die sich nicht anzeigen lassen. Alles andere ist in Ordnung.',
  'ui.damaged.it': 'Er',
  'ui.damaged.confirm.call': 'Dieses beschädigte Gespräch löschen?',
  'ui.damaged.confirm.moment': 'Diesen beschädigten Moment löschen?',
  'ui.damaged.delete.call': 'Gespräch löschen',
  'ui.damaged.delete.moment': 'Moment löschen',
  'ui.delete': 'Löschen',
  'ui.back': 'Zurück',
  'ui.cancel': 'Abbrechen',
  'ui.dismiss': 'Schließen',
  'ui.partnerName.placeholder': 'Person oder Organisation',
  'ui.partnerName.didYouMean': 'Meinten Sie',
  'ui.partnerName.use': '{name} verwenden',
  'ui.partnerName.otherwise': 'Sonst wird „{name}“ als neuer Partner angelegt.',
  'ui.prep.goal': 'Mein Ziel für dieses Gespräch',
  'ui.prep.goal.placeholder': 'z. B. ein gemeinsames Pilotprojekt vereinbaren',
  'ui.prep.bring': 'Was ich einbringe',
  'ui.prep.bring.placeholder': 'z. B. Kontakte zu zwei Händlern',
  'ui.prep.need': 'Was ich von der Gegenseite brauche',
  'ui.prep.need.placeholder': 'z. B. API-Zugang bis März',
  'ui.undo.label': 'Rückgängig',
  'ui.undo.failed': 'Rückgängig machen fehlgeschlagen: {reason}',
  'ui.undo.dismiss': 'Schließen: {message}',
  'ui.calls.label': 'Gespräche',
  'ui.calendar.allOpen': 'Alle offenen Zusagen in den Kalender (.ics)',
  'ui.calendar.allOpen.none': 'Keine offene Zusage hat ein Fälligkeitsdatum.',
  'ui.followUp.dueFor': 'Fälligkeitsdatum für: {text}',
  'ui.followUp.pastDue': 'Überfällig',
  'ui.followUp.stateOf': 'Status von: {text}',
  'ui.followUp.heading': 'Anfragen und Zusagen',
  'ui.followUp.theyAsked': 'Was die Gegenseite von mir wollte',
  'ui.followUp.theyAsked.empty': 'Die Gegenseite hat um nichts gebeten.',
  'ui.followUp.iAsked': 'Was ich von der Gegenseite wollte',
  'ui.followUp.iAsked.empty': 'Sie haben um nichts gebeten.',
  'ui.followUp.commitments': 'Wer hat was zugesagt',
  'ui.followUp.commitments.empty': 'Es wurden keine Zusagen gemacht.',
  'ui.overdue.heading': 'Überfällig',
  'ui.overdue.due': 'fällig {day}',
  'ui.overdue.markDone': 'Als erledigt markieren: {text}',
  'ui.overdue.done': 'Erledigt',
  'ui.overdue.reading': 'Alle überfälligen Zusagen werden gelesen …',
  'ui.overdue.showAll': 'Alle überfälligen Zusagen zeigen',
  // components/shell
  'shell.crash.title': 'Etwas ist schiefgelaufen',
  'shell.crash.detail': 'Im Panel ist ein Fehler aufgetreten:',
  'shell.crash.safe': 'Alles, was Sie markiert haben, wurde vorher gespeichert; nichts ist verloren.',
  'shell.crash.reload': 'Panel neu laden',
  'shell.opening': 'Wird geöffnet …',
  'shell.openingCalls': 'Ihre Gespräche werden geöffnet …',
  'shell.nav.history': 'Verlauf',
  'shell.nav.partners': 'Partner',
  'shell.nav.backup': 'Sicherung',
  'shell.nav.settings': 'Einstellungen',
  'shell.title.backup': 'Sichern und wiederherstellen',
  'shell.title.call': 'Gespräch',
  'shell.title.callOf': '{heading} – Gespräch',
  'shell.title.partner': 'Partner',
  'shell.title.partnerOf': '{heading} – Partner',
  'shell.title.liveCall': '{heading} – laufendes Gespräch',
  'shell.back': 'Zurück',
  // components/home
  'home.settings': 'Einstellungen',
  'home.tagline': 'Markieren Sie, was jede Seite gibt und nimmt. Alles bleibt auf diesem Computer.',
  'home.recent.heading': 'Letzte Gespräche',
  'home.recent.all': 'Alle Gespräche, Partner und Suche',
  'home.recent.empty': 'Noch keine Gespräche. Starten Sie eines, wenn Ihr nächstes Partnergespräch beginnt – oder drücken Sie {key} im Meeting-Tab, dann startet ein Gespräch von selbst.',
  'home.recent.moments': {
    one: ' · {count} Moment',
    other: ' · {count} Momente',
  },
  'home.start.platform': 'Plattform',
  'home.start.platform.other': 'Andere',
  'home.start.label': 'Gespräch starten',
  'home.start.starting': 'Wird gestartet …',
  'home.start.button': 'Gespräch starten',
  'home.start.title': 'Titel (optional)',
  'home.start.title.placeholder': 'z. B. Kennenlernen mit Acme Partnerships',
  'home.start.partner': 'Partner (optional)',
  'home.start.fillFromTab': 'Aus Meeting-Tab übernehmen',
  'home.start.prepare': 'Vorbereiten (optional): Ihr Ziel, was Sie einbringen, was Sie brauchen',
  'home.meeting.using': 'Ihr {platform}-Tab wird verwendet.',
  'home.meeting.declined': 'Kein Problem – geben Sie stattdessen einen Titel ein. Alles andere funktioniert genauso.',
  'home.meeting.notAMeeting': 'Der aktive Tab ist kein Meet-, Zoom-, Teams- oder Webex-Gespräch. Geben Sie stattdessen einen Titel ein.',
  'home.meeting.failed': 'Der Meeting-Tab konnte nicht gelesen werden ({reason}).',
};
