/** What the checks and the planner know of a county's schools, eligible teachers and declared needs. */

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface RotationSchool {
  id: string;
  name: string;
  locationClass: string;
  /** 优质校 */
  strong: boolean;
  /** Teachers with a primary post at the school on the reference date, eligible or not. */
  staff: number;
  /** Of `staff`, how many teach each subject (a teacher of two subjects counts in both). */
  staffBySubject: Readonly<Record<string, number>>;
  coordinates: Coordinates | null;
}

/** An eligible teacher (see `rotationEligibility`) at their current school. */
export interface RotationCandidate {
  teacherId: string;
  schoolId: string;
  subjects: readonly string[];
  keyTeacher: boolean;
  /** Start of the stay at the school, for preferring the longest-serving. */
  since: string;
}

/** A receiving school asks for `count` teachers of `subject`. */
export interface RotationNeed {
  schoolId: string;
  subject: string;
  count: number;
}
