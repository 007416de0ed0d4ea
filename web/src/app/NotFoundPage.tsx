import { useTranslation } from 'react-i18next';
import { MessagePage } from '../components/MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('notFound.title')} body={t('notFound.body')} />;
}
