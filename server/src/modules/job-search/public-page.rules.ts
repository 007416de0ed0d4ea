import { jsonLdScriptContent } from './job-posting-json-ld';

/** The public job page: the web app's shell, with what search engines read put in its <head>. */

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** About what a search result shows of a page's description. */
const META_DESCRIPTION_CHARS = 155;

export function metaDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= META_DESCRIPTION_CHARS) return flat;
  const cut = flat.slice(0, META_DESCRIPTION_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 80 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface PageHead {
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
}

/**
 * The shell with the posting's <title>, meta description and JSON-LD. The JSON-LD escapes `<`, so
 * a posting's text cannot close the script element; title and description are HTML-escaped.
 */
export function pageWithHead(indexHtml: string, head: PageHead): string {
  const tags = [
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    `<script type="application/ld+json">${jsonLdScriptContent(head.jsonLd)}</script>`,
  ].join('\n    ');
  const title = `<title>${escapeHtml(head.title)}</title>`;
  const withTitle = /<title>[\s\S]*?<\/title>/i.test(indexHtml)
    ? indexHtml.replace(/<title>[\s\S]*?<\/title>/i, () => title)
    : indexHtml.replace(/<\/head>/i, () => `  ${title}\n  </head>`);
  const withoutOldDescription = withTitle.replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  return withoutOldDescription.replace(/<\/head>/i, () => `  ${tags}\n  </head>`);
}
