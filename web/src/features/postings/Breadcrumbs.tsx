import { useTranslation } from 'react-i18next';
import { Breadcrumbs as Trail } from '../../components/Breadcrumbs';

/** "Job orders › <this page>", and the posting between them on a posting's sub-pages. */
export function Breadcrumbs({
  current,
  record,
}: {
  current: string;
  record?: { id: string; title: string };
}) {
  const { t } = useTranslation();
  const trail = [{ to: '/postings', label: t('postings.list.title') }];
  if (record) trail.push({ to: `/postings/${record.id}`, label: record.title });
  return <Trail trail={trail} current={current} />;
}
