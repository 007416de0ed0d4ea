import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';

/** "Showing 26–50 of 112", announced when a search or a page change brings new results. */
export function ResultsSummary({
  page,
  pageSize,
  total,
  loading,
}: {
  page: number;
  pageSize: number;
  total: number;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  let text: string;
  if (loading) text = t('common.loading');
  else if (total === 0) text = t('results.none');
  else {
    text = t('results.showing', {
      first: format.number(first),
      last: format.number(last),
      total: format.number(total),
    });
  }
  return (
    <p role="status" className="margin-y-2">
      {text}
    </p>
  );
}
