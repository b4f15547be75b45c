import { Copy, Download } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { transcriptOf } from '../../lib/db/quotes-repository';
import { anonymiseExport } from '../../lib/domain/export/anonymise';
import { momentsToCsv } from '../../lib/domain/export/call-csv';
import type { CallExport } from '../../lib/domain/export/call-export';
import { callToJson } from '../../lib/domain/export/call-json';
import { callToMarkdown } from '../../lib/domain/export/call-markdown';
import { exportFileName } from '../../lib/domain/export/export-file-name';
import { openCommitmentsOf } from '../../lib/domain/export/open-commitments';
import type { Call, Moment, Partner } from '../../lib/domain/model';
import { useCatalogue } from '../app-context/settings-context';
import { useDatabase } from '../app-context/database-context';
import { CalendarButton } from '../ui/calendar-button';
import { downloadFile } from '../ui/download-file';
import { kindLabels, summaryOptions } from '../../lib/domain/catalogue';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function namesFrom(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
}

type Extension = 'md' | 'csv' | 'json' | 'ics';

/**
 * Markdown as plain text and, where the browser takes both, the same as HTML: a paste into a
 * notes app gets the Markdown, into Gmail, Docs or a CRM note the headings and lists. The
 * HTML (and the Markdown library it needs) is made after the click, handed over as a promise
 * so the copy keeps the click's permission meanwhile.
 */
async function copyRich(markdown: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(markdown);
    return;
  }
  const html = import('../../lib/domain/export/markdown-html').then(
    ({ markdownToHtml }) => new Blob([markdownToHtml(markdown)], { type: 'text/html' }),
  );
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/plain': new Blob([markdown], { type: 'text/plain' }),
      'text/html': html,
    }),
  ]);
}

/** One download button per format, each built from the export as it is when pressed. */
function ExportDownloads({
  source,
  fileName,
}: {
  source: () => CallExport;
  fileName: (ext: Extension) => string;
}) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="secondary-button"
        onClick={() =>
          downloadFile(fileName('md'), callToMarkdown(source(), { timeZone }), 'text/markdown')
        }
      >
        <Download size={14} aria-hidden="true" /> Markdown
      </button>
      <button
        type="button"
        className="secondary-button"
        onClick={() => downloadFile(fileName('csv'), momentsToCsv(source()), 'text/csv')}
      >
        <Download size={14} aria-hidden="true" /> CSV
      </button>
      <button
        type="button"
        className="secondary-button"
        onClick={() =>
          downloadFile(
            fileName('json'),
            callToJson(source(), { exportedAt: Date.now() }),
            'application/json',
          )
        }
      >
        <Download size={14} aria-hidden="true" /> JSON
      </button>
      <CalendarButton
        label={t('review.export.calendar')}
        fileName={fileName('ics')}
        read={() => openCommitmentsOf(source())}
        none={t('review.export.calendar.none')}
        {...(openCommitmentsOf(source()).length === 0
          ? { disabledWhy: t('review.export.calendar.disabled') }
          : {})}
      />
    </>
  );
}

/** Markdown for notes apps, CSV for spreadsheets, JSON for a lossless copy; optionally anonymised. */
export function ExportPanel({
  call,
  partner,
  moments,
}: {
  call: Call;
  partner: Partner | null;
  moments: readonly Moment[];
}) {
  const catalogue = useCatalogue();
  const t = useT();
  const [anonymise, setAnonymise] = useState(false);
  const [names, setNames] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const db = useDatabase();
  // The kept transcript goes into Markdown and JSON; [] when none was kept.
  const transcript = useLiveQuery(() => transcriptOf(db, call.id), [db, call.id]);

  function source(): CallExport {
    const input: CallExport = {
      call,
      moments,
      ...(transcript?.length ? { transcript } : {}),
      kinds: kindLabels(catalogue),
      summary: summaryOptions(catalogue),
      ...(partner ? { partner } : {}),
    };
    return anonymise ? anonymiseExport(input, { names: namesFrom(names) }) : input;
  }
  const fileName = (ext: Extension) =>
    exportFileName(anonymise ? { title: 'call', startedAt: call.startedAt } : call, ext, timeZone);

  async function copyMarkdown(): Promise<void> {
    try {
      await copyRich(callToMarkdown(source(), { timeZone }));
      setStatus(t('review.export.copied'));
    } catch (e) {
      setStatus(
        t('review.export.copyFailed', { reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  }

  return (
    <section className="card export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading" className="section-heading">
        {t('review.export.heading')}
      </h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymise}
          onChange={(e) => setAnonymise(e.target.checked)}
        />
        {t('review.export.anonymise')}
      </label>
      {anonymise ? (
        <div className="field">
          <label htmlFor="export-names">{t('review.export.names')}</label>
          <input
            id="export-names"
            value={names}
            placeholder={t('review.export.names.placeholder')}
            onChange={(e) => setNames(e.target.value)}
          />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="secondary-button" onClick={() => void copyMarkdown()}>
          <Copy size={14} aria-hidden="true" /> {t('review.export.copy')}
        </button>
        <ExportDownloads source={source} fileName={fileName} />
      </div>
      {status ? (
        <p className="hint" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
