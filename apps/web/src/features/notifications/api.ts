import { NotificationsResponseSchema } from '@choral/contracts';
import { apiClient } from '../../lib/api-client';

export function listerNotifications(signal: AbortSignal, avant?: number) {
  return apiClient.get('/notifications', NotificationsResponseSchema, {
    query: { avant, limite: 20 },
    signal,
  });
}

/** All of them when `ids` is absent. */
export function marquerLues(ids?: readonly number[]): Promise<void> {
  return apiClient.send('POST', '/notifications/lues', ids ? { ids: [...ids] } : {});
}

/** The header's counter listens to this to refresh once notifications are read. */
export const notificationsLues = new EventTarget();
