import { useEffect } from 'react';

const SELECTOR = 'script[type="application/ld+json"]';

function isJobPosting(script: Element): boolean {
  try {
    return (
      (JSON.parse(script.textContent ?? '') as { '@type'?: unknown })['@type'] === 'JobPosting'
    );
  } catch {
    return false;
  }
}

/**
 * SEO for the public posting page. The server puts the posting's schema.org JobPosting into the
 * HTML of /jobs/:id; after a move inside the app that block would describe another posting, or be
 * missing. So the page keeps exactly one, for the posting shown, and removes it when it leaves.
 */
export function useJobPostingJsonLd(jsonLd: Record<string, unknown> | undefined) {
  useEffect(() => {
    if (!jsonLd) return;
    const existing = Array.from(document.querySelectorAll(SELECTOR)).filter(isJobPosting);
    const script = existing[0] ?? document.createElement('script');
    for (const extra of existing.slice(1)) extra.remove();
    script.setAttribute('type', 'application/ld+json');
    // `<` escaped, so no value can close the script element.
    script.textContent = JSON.stringify(jsonLd).replace(/</g, '\\u003c');
    if (!script.isConnected) document.head.appendChild(script);
    return () => script.remove();
  }, [jsonLd]);
}
