import type { HighlightRun } from '@onestop/contracts';

/**
 * SEEK-11: text with the searched words marked. The runs come from the server as plain text and
 * are rendered as text (React escapes them), so a posting cannot inject markup into the page.
 */
export function Highlight({ runs }: { runs: readonly HighlightRun[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}

export const plainText = (runs: readonly HighlightRun[]) => runs.map((run) => run.text).join('');
