import fs from 'node:fs/promises';
import path from 'node:path';
import type { RequestContext } from '../../platform/context';
import { webDistOf } from '../../platform/http/app';
import { PUBLIC } from './job-search.sql';
import { metaDescription, pageWithHead } from './public-page.rules';
import { readPublicPosting } from './public-posting.queries';

/**
 * GET /jobs/:id, the page a search engine or a shared link opens: the web app's index.html, with
 * the posting's title, description and schema.org JobPosting in <head> while it is on the board
 * and public. Otherwise the plain shell, whose page says the job is no longer posted. Null when
 * the web app is not built (the API alone is running).
 */
export async function publicJobPage(ctx: RequestContext, id: string): Promise<string | null> {
  const indexHtml = await fs
    .readFile(path.join(webDistOf(ctx.config), 'index.html'), 'utf8')
    .catch(() => null);
  if (indexHtml === null) return null;
  const posting = await readPublicPosting(ctx.db, PUBLIC, id);
  if (!posting) return indexHtml;
  const place = [posting.city, posting.state].filter(Boolean).join(', ');
  return pageWithHead(indexHtml, {
    title: `${posting.title} – ${posting.employerName}${place ? ` – ${place}` : ''}`,
    description: metaDescription(posting.description),
    jsonLd: posting.jsonLd,
  });
}
