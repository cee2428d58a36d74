import { awaitingCount } from '../pairing/activities';
import type { HomeProvider } from './types';

/**
 * Pairing: the activities a school has received and not yet answered; for a county or the city, those
 * left unanswered longer than the city's pending days (the pairs page lists them).
 */
export const pairingItems: HomeProvider = async ({ tx, user, today }) => {
  if (user.role === 'school_admin')
    return [{ kind: 'waiting', key: 'activitiesToAnswer', count: await awaitingCount(tx, user, today), href: '/pairing' }];
  if (user.role === 'county_officer' || user.role === 'city_admin')
    return [{ kind: 'waiting', key: 'activitiesPending', count: await awaitingCount(tx, user, today), href: '/pairing' }];
  return [];
};
