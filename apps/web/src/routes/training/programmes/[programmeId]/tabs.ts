import { can, type Role } from '@tongxing/domain';

/** A programme's tabs: its cohorts, and for the city (who sets them) each cohort's places per county. */
export function programmeTabs(role: Role | undefined) {
  return role && can(role, 'training.configure') ? (['cohorts', 'quotas'] as const) : (['cohorts'] as const);
}
