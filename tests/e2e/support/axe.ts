import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What the suite refuses: a screen with any of these is broken for some of its users. */
const REFUSED = new Set(['serious', 'critical']);

/**
 * The page's serious and critical axe violations, one line per element: the rule, its
 * impact, what it asks for and the element's selector, so a failure says what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => REFUSED.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}` +
          (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
      ),
    );
}
