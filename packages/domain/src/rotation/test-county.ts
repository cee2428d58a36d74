/** For tests only: ID numbers, a national-style policy and a generated county of a given size. */
import { addMonths } from '../register/date-limits';
import { checkCharacter } from '../register/id-number';
import type { RotationCandidate, RotationNeed, RotationSchool } from './county';
import { rotationEligibility, type EligibilityFacts } from './eligibility';
import { nationalPolicy, referenceDate, type RotationPolicy } from './policy';

/** A valid ID number (Beijing 东城区) for a birth date and sex. */
export function idNumberFor(birthDate: string, sex: '男' | '女', sequence = 1): string {
  const seq = sex === '男' ? sequence * 2 - 1 : sequence * 2;
  const first17 = `110101${birthDate.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export const POLICY: RotationPolicy = nationalPolicy(2026, ['城市', '县城', '乡镇', '村小', '教学点']);

const SUBJECTS = ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '音乐', '体育', '美术', '信息技术'];

/** mulberry32: the same county for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedCounty {
  schools: RotationSchool[];
  teachers: { teacherId: string; subjects: string[]; facts: EligibilityFacts }[];
  eligible: RotationCandidate[];
  needs: RotationNeed[];
}

/**
 * `sending` town schools (城市, 县城; a quarter of them 优质校) that hold most of the staff and `receiving`
 * rural ones (乡镇, 村小, 教学点) that declare needs; every teacher has a primary post history, and the
 * eligible ones come out of `rotationEligibility`.
 */
export function generateCounty(options: {
  teachers: number;
  sending: number;
  receiving: number;
  seed?: number;
  needsPerSchool?: number;
}): GeneratedCounty {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const day = referenceDate(POLICY);
  const schools: RotationSchool[] = [];
  for (let i = 0; i < options.sending + options.receiving; i++) {
    const sending = i < options.sending;
    schools.push({
      id: `school-${i}`,
      name: `${sending ? '城区' : '乡村'}学校${i}`,
      locationClass: sending ? pick(['城市', '县城']) : pick(['乡镇', '村小', '村小', '教学点']),
      strong: sending && rand() < 0.25,
      staff: 0,
      staffBySubject: {},
      coordinates: { latitude: 35.6 + rand() * 0.8, longitude: 103.6 + rand() * 0.9 },
    });
  }
  // Four in five teachers work in the towns.
  const townShare = 0.8;
  const teachers: GeneratedCounty['teachers'] = [];
  for (let i = 0; i < options.teachers; i++) {
    const inTown = rand() < townShare;
    const school = inTown
      ? schools[Math.floor(rand() * options.sending)]!
      : schools[options.sending + Math.floor(rand() * options.receiving)]!;
    const subjects = rand() < 0.8 ? [pick(SUBJECTS)] : [...new Set([pick(SUBJECTS), pick(SUBJECTS)])];
    const sex = rand() < 0.6 ? '女' : '男';
    const age = 24 + Math.floor(rand() * 34);
    const birthDate = addMonths(day, -12 * age - Math.floor(rand() * 12));
    // Years at the current school: about one in five has the six required.
    const years = rand() < 0.19 ? 6 + Math.floor(rand() * 14) : Math.floor(rand() * 6);
    const since = addMonths(day, -12 * years - Math.floor(rand() * 11) - 1);
    const posts: EligibilityFacts['posts'] = [
      { schoolId: school.id, role: 'primary', startDate: since, endDate: null },
      {
        schoolId: schools[(Number(school.id.slice(7)) + 1) % schools.length]!.id,
        role: 'primary',
        startDate: addMonths(since, -36),
        endDate: since,
      },
    ];
    const facts: EligibilityFacts = {
      idNumber: idNumberFor(birthDate, sex, (i % 499) + 1),
      posts,
      principal: rand() < 0.02,
      keyTeacher: rand() < 0.25,
      exemptions: rand() < 0.03 ? [{ reason: '病休', startDate: addMonths(day, -2), endDate: addMonths(day, 10) }] : [],
    };
    teachers.push({ teacherId: `teacher-${i}`, subjects, facts });
    school.staff++;
    for (const s of subjects) (school.staffBySubject as Record<string, number>)[s] = (school.staffBySubject[s] ?? 0) + 1;
  }
  const eligible: RotationCandidate[] = [];
  for (const t of teachers) {
    const e = rotationEligibility(t.facts, POLICY, day);
    if (e.eligible)
      eligible.push({
        teacherId: t.teacherId,
        schoolId: e.schoolId!,
        subjects: t.subjects,
        keyTeacher: t.facts.keyTeacher,
        since: e.since!,
      });
  }
  const needs: RotationNeed[] = [];
  for (const school of schools.slice(options.sending)) {
    const wanted = new Set<string>();
    while (wanted.size < (options.needsPerSchool ?? 3)) wanted.add(pick(SUBJECTS.slice(0, 8)));
    for (const subject of wanted) needs.push({ schoolId: school.id, subject, count: 1 + Math.floor(rand() * 2) });
  }
  return { schools, teachers, eligible, needs };
}
