import { addEnglish } from './translate';

/**
 * The English messages of the card that lists tags not saved (components/live/unsaved-tags-card.tsx):
 * loaded when there is such a tag, not with the side panel. A file that uses one imports this
 * module (tests/unit/domain/i18n/catalogue.test.ts checks).
 */
export const enUnsaved = {
  'live.unsaved.heading': {
    one: 'A tag was not saved',
    other: '{count} tags were not saved',
  },
  'live.unsaved.saving': 'Saving…',
  'live.unsaved.save': 'Save now',
  'live.unsaved.confirm': {
    one: 'Discard this tag for good?',
    other: 'Discard these {count} tags for good?',
  },
  'live.unsaved.discard': 'Discard',
  'live.unsaved.stillNot': {
    one: 'One tag is still not saved. {reason}',
    other: '{count} tags are still not saved. {reason}',
  },
  'live.unsaved.discardFailed': 'Could not discard them: {reason}',
} as const;

addEnglish(enUnsaved);
