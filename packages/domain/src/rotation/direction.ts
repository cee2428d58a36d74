/** What the direction of a move looks at: the school's location class and its 优质校 flag. */
export interface SchoolStanding {
  locationClass: string;
  strong: boolean;
}

export type MoveDirection =
  | { allowed: true; kind: 'to_more_rural' | 'strong_to_weak' }
  | { allowed: false; reason: 'to_more_urban' | 'weak_to_strong' | 'same_standing' }
  | { allowed: false; reason: 'unknown_class'; locationClass: string };

/**
 * A move goes from urban to rural (later in `classOrder`) or from a 优质校 to a school that is not one;
 * never towards the city and never from an ordinary school to a 优质校, whatever the classes.
 */
export function moveDirection(classOrder: readonly string[], from: SchoolStanding, to: SchoolStanding): MoveDirection {
  const fromRank = classOrder.indexOf(from.locationClass);
  const toRank = classOrder.indexOf(to.locationClass);
  if (fromRank < 0) return { allowed: false, reason: 'unknown_class', locationClass: from.locationClass };
  if (toRank < 0) return { allowed: false, reason: 'unknown_class', locationClass: to.locationClass };
  if (toRank < fromRank) return { allowed: false, reason: 'to_more_urban' };
  if (to.strong && !from.strong) return { allowed: false, reason: 'weak_to_strong' };
  if (toRank > fromRank) return { allowed: true, kind: 'to_more_rural' };
  if (from.strong && !to.strong) return { allowed: true, kind: 'strong_to_weak' };
  return { allowed: false, reason: 'same_standing' };
}
