import type { ReactNode } from 'react';

interface HomeCardProps {
  id: string;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

/** One USWDS card of the seeker's home page; its heading names the card for its links. */
export function HomeCard({ id, title, children, footer, wide }: HomeCardProps) {
  return (
    <li
      className={`usa-card ${wide ? 'tablet:grid-col-12 desktop:grid-col-8' : 'tablet:grid-col-6 desktop:grid-col-4'}`}
    >
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading" id={id}>
            {title}
          </h2>
        </div>
        <div className="usa-card__body">{children}</div>
        {footer && <div className="usa-card__footer">{footer}</div>}
      </div>
    </li>
  );
}
