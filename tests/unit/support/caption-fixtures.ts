import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/captions');

/** Puts a platform's fixture page (tests/fixtures/captions) into jsdom's document. */
export function loadCaptionFixture(name: 'meet' | 'teams' | 'zoom'): Document {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
  return document;
}
