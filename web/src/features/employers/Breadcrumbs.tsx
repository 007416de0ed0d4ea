import { useTranslation } from 'react-i18next';
import { Breadcrumbs as Trail } from '../../components/Breadcrumbs';

/** "Find an employer › <this page>", and the record between them on a record's sub-pages. */
export function Breadcrumbs({
  current,
  record,
}: {
  current: string;
  record?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const trail = [{ to: '/employers', label: t('employers.search.title') }];
  if (record) trail.push({ to: `/employers/${record.id}`, label: record.name });
  return <Trail trail={trail} current={current} />;
}
