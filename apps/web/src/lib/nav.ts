import { activeHref, navigationFor, type NavSection, type NavUser } from '@tongxing/domain';

export type { NavSection };

/**
 * The shell's navigation for a user, grouped by area. The structure and which role sees which page
 * live in packages/domain/src/navigation.ts (read from the permission table the API checks).
 */
export function navFor(user: NavUser): NavSection[] {
  return navigationFor(user);
}

/** The href of the page the path belongs to, to mark it (aria-current) and its group. */
export function currentHref(sections: readonly NavSection[], pathname: string): string | null {
  return activeHref(sections, pathname);
}
