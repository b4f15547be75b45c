import { addEnglish } from './translate';

/**
 * The English messages of the backup page (components/backup): a full-page screen, loaded
 * when opened, never by the side panel. A file that uses one imports this module
 * (tests/unit/domain/i18n/catalogue.test.ts checks).
 */
export const enBackup = {
  // components/backup
  'backup.heading': 'Backup and restore',
  'backup.intro':
    'A backup is one JSON file holding everything Reciprocity Coach keeps in this browser. It goes to your downloads folder and never leaves this machine unless you move it yourself — keep it somewhere safe, or use it to move your calls to another browser.',
  'backup.bytes': {
    one: '{count} byte',
    other: '{count} bytes',
  },
  'backup.count.calls': {
    one: '{count} call',
    other: '{count} calls',
  },
  'backup.count.moments': {
    one: '{count} moment',
    other: '{count} moments',
  },
  'backup.count.partners': {
    one: '{count} partner',
    other: '{count} partners',
  },
  'backup.count.settings': {
    one: '{count} setting',
    other: '{count} settings',
  },
  'backup.count.list': '{parts}',
  'backup.count.none': 'no records',
  'backup.summary.empty': 'The file holds no records; nothing changed.',
  'backup.summary.nothingNew': {
    one: 'Nothing new: the one record in the file was already up to date.',
    other: 'Nothing new: all {count} records in the file were already up to date.',
  },
  'backup.summary.added': 'added {list}',
  'backup.summary.updated': 'updated {count}',
  'backup.summary.skipped': '{count} already up to date',
  'backup.summary.ended': {
    one: 'A call still running in the file was ended at its last moment, because another call is live here.',
    other:
      '{count} calls still running in the file were ended at their last moment, because another call is live here.',
  },
  'backup.download.failed': 'Could not prepare the backup ({reason}). Retry.',
  'backup.download.heading': 'Download a backup',
  'backup.download.intro':
    'One file with your partners, every call with its prep, notes and outcome, every tagged moment and your settings.',
  'backup.download.preparing': 'Preparing…',
  'backup.download.done': 'Downloaded {file} ({size}) with {counts}.',
  'backup.download.reading': 'Reading everything saved in this browser…',
  'backup.restore.unreadable': 'The file could not be read: {reason}',
  'backup.restore.heading': 'Restore from a file',
  'backup.restore.intro':
    'Restoring merges the file into what is saved here: records missing here are added, and a record edited more recently in the file replaces the one here. Nothing here is deleted. If anything in the file is wrong, nothing is restored.',
  'backup.restore.choose': 'Choose a backup file',
  'backup.restore.busy': 'Restoring… checking every record, then saving them all at once.',
  'backup.result.failed': 'Nothing was restored',
  'backup.result.problems': {
    one: 'Nothing was restored: this file has {count} problem',
    other: 'Nothing was restored: this file has {count} problems',
  },
  'backup.result.problemsLabel': 'Problems',
  'backup.result.hint':
    'Everything saved here is as it was. Fix these in the file, or choose another backup.',
} as const;

addEnglish(enBackup);
