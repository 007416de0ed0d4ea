import type { ReactNode } from 'react';

interface DetailsProps {
  id: string;
  heading: string;
  rows: [string, ReactNode][];
  children?: ReactNode;
}

/** A headed section of read-only facts, as a description list. */
export function Details({ id, heading, rows, children }: DetailsProps) {
  return (
    <section aria-labelledby={id} className="margin-bottom-4">
      <h2 id={id} className="margin-top-0">
        {heading}
      </h2>
      <dl className="onestop-details">
        {rows.map(([term, value]) => (
          <div key={term} className="onestop-details__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}

/** Lines of an address, each on its own line. */
export function Lines({ lines, none }: { lines: string[]; none: string }) {
  if (lines.length === 0) return <>{none}</>;
  return (
    <span className="display-block">
      {lines.map((line) => (
        <span key={line} className="display-block">
          {line}
        </span>
      ))}
    </span>
  );
}
