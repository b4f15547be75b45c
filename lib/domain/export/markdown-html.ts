import { marked } from 'marked';

/** YAML front matter at the very start: for notes apps, not for a pasted e-mail or CRM note. */
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n+/;

/**
 * Our own export's Markdown as HTML, for the `text/html` half of a copy: a paste into Gmail,
 * Google Docs or a CRM note keeps its headings, lists and emphasis. The Markdown escapes
 * every user character Markdown or HTML would act on (escape-markdown.ts), so user text
 * arrives as text: a title `<b>Acme</b>` is `&lt;b&gt;Acme&lt;/b&gt;`, never markup.
 */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown.replace(FRONT_MATTER, ''), { async: false, gfm: true });
}
