// zod/mini, in a module of its own: only a stored catalogue needs checking, so the pages
// load it when one is there (see lib/db/catalogue-check.ts), not as they start.
import { z } from 'zod/mini';
import { catalogueFromStored, LABEL_MAX, SHORT_MAX, type Catalogue } from './catalogue';
import { KIND_ICON_NAMES, KIND_TONES } from './kind-icons';

const kindSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX)),
  short: z.string().check(z.trim(), z.minLength(1), z.maxLength(SHORT_MAX)),
  meaning: z.string().check(z.maxLength(200)),
  classification: z.enum(['give', 'take', 'flag', 'accountability', 'neutral']),
  points: z.number().check(z.minimum(0), z.maximum(10)),
  key: z.string().check(z.maxLength(1)),
  tone: z.enum(KIND_TONES),
  icon: z.enum(KIND_ICON_NAMES),
  hidden: z.boolean(),
  custom: z.boolean(),
  defaultWeight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

const catalogueSchema = z.object({ kinds: z.array(kindSchema).check(z.maxLength(100)) });

/** The stored catalogue, checked; the defaults when nothing (or nothing valid) is stored. */
export function resolveCatalogue(stored: unknown): Catalogue {
  const parsed = catalogueSchema.safeParse(stored);
  return catalogueFromStored(parsed.success ? parsed.data.kinds : undefined);
}
