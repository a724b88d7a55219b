import { PageHeader } from '../../components/page-header';
import { ListeNotifications } from '../../features/notifications/components/liste-notifications';

export function NotificationsPage() {
  return (
    <>
      <PageHeader
        title="Notifications"
        lead="Les changements de statut de vos factures, les plus récents d’abord."
      />
      <ListeNotifications />
    </>
  );
}
