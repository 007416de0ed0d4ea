import { Icon } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onChange(page: number): void;
}

type Slot = number | 'gap';

/** First, last, and the pages either side of the current one, with gaps marked. */
export function pageSlots(page: number, pageCount: number): Slot[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const slots: Slot[] = [];
  pages.forEach((p, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && p - previous > 1) slots.push('gap');
    slots.push(p);
  });
  return slots;
}

/** USWDS pagination; react-uswds's version has its words fixed in English. */
export function Pagination({ page, pageSize, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')} className="usa-pagination">
      <ul className="usa-pagination__list">
        {page > 1 && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <button
              type="button"
              className="usa-pagination__link usa-pagination__previous-page onestop-link-button"
              onClick={() => onChange(page - 1)}
            >
              <Icon.NavigateBefore aria-hidden="true" focusable={false} />
              <span className="usa-pagination__link-text">{t('pagination.previous')}</span>
            </button>
          </li>
        )}
        {pageSlots(page, pageCount).map((slot, index) =>
          slot === 'gap' ? (
            <li
              key={`gap-${index}`}
              className="usa-pagination__item usa-pagination__overflow"
              aria-hidden="true"
            >
              <span>…</span>
            </li>
          ) : (
            <li key={slot} className="usa-pagination__item usa-pagination__page-no">
              <button
                type="button"
                className={
                  slot === page ? 'usa-pagination__button usa-current' : 'usa-pagination__button'
                }
                aria-label={t('pagination.page', { page: slot })}
                aria-current={slot === page ? 'page' : undefined}
                onClick={() => onChange(slot)}
              >
                {slot}
              </button>
            </li>
          ),
        )}
        {page < pageCount && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <button
              type="button"
              className="usa-pagination__link usa-pagination__next-page onestop-link-button"
              onClick={() => onChange(page + 1)}
            >
              <span className="usa-pagination__link-text">{t('pagination.next')}</span>
              <Icon.NavigateNext aria-hidden="true" focusable={false} />
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
