import { describe, expect, test } from 'vitest';
import { callToMarkdown } from '../../../../lib/domain/export/call-markdown';
import { markdownToHtml } from '../../../../lib/domain/export/markdown-html';
import { FIXTURE } from './fixture-call';

describe('markdownToHtml', () => {
  const html = markdownToHtml(callToMarkdown(FIXTURE));
  const doc = new DOMParser().parseFromString(html, 'text/html');

  test('headings, lists and emphasis survive; the front matter is left to notes apps', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('<b>Acme</b> intro');
    expect(doc.querySelectorAll('h2').length).toBeGreaterThan(3);
    expect(doc.querySelectorAll('li').length).toBeGreaterThan(5);
    expect(doc.querySelector('strong')).not.toBeNull();
    expect(html).not.toContain('verdict: "');
  });

  test('user text is text: no element comes from a title or a note', () => {
    expect(doc.querySelector('b')).toBeNull();
    expect(html).toContain('&lt;b&gt;Acme&lt;/b&gt;');
    const scripted = markdownToHtml(
      callToMarkdown({
        ...FIXTURE,
        call: { ...FIXTURE.call, notes: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' },
      }),
    );
    const notes = new DOMParser().parseFromString(scripted, 'text/html');
    expect(notes.querySelector('img')).toBeNull();
    expect(notes.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
