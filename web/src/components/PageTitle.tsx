import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

interface PageTitleProps {
  children: string;
}

/**
 * The page's one h1. It names the browser tab and takes focus after client-side navigation, so
 * screen readers announce the new page.
 */
export function PageTitle({ children }: PageTitleProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const navigatedHere = location.key !== 'default';

  useEffect(() => {
    document.title = t('app.documentTitle', { page: children });
  }, [children, t]);

  useEffect(() => {
    if (navigatedHere) heading.current?.focus();
  }, [location.pathname, navigatedHere]);

  return (
    <h1 ref={heading} tabIndex={-1} className="onestop-page-title">
      {children}
    </h1>
  );
}
