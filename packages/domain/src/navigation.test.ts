import { describe, expect, it } from 'vitest';
import { translator } from './messages/index';
import { activeHref, NAV_ITEMS, navigationFor } from './navigation';
import { PERMISSIONS, type Permission } from './permissions';
import { ROLES, type Role } from './roles';

const TEACHER_ID = '00000000-0000-4000-8000-000000000123';

/** The permissions a role holds, read from the table itself. */
const held = (role: Role) =>
  new Set((Object.entries(PERMISSIONS) as [Permission, readonly Role[]][]).filter(([, roles]) => roles.includes(role)).map(([p]) => p));

const hrefs = (role: Role) => navigationFor({ role, teacherId: TEACHER_ID }).flatMap((s) => s.links.map((l) => l.href));

describe('navigationFor', () => {
  for (const role of ROLES) {
    it(`gives ${role} exactly the pages its permissions allow`, () => {
      const permissions = held(role);
      const ownRecord = role === 'teacher';
      const expected = NAV_ITEMS.filter(
        (item) => permissions.has(item.permission) && (!item.audience || (item.audience === 'self') === ownRecord),
      ).map((item) => item.href.replace(':teacherId', TEACHER_ID));
      expect(hrefs(role)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  }

  it('shows only groups that hold a page, in the order of the areas', () => {
    expect(navigationFor({ role: 'city_admin' }).map((s) => s.id)).toEqual([
      'register',
      'allowances',
      'training',
      'rotations',
      'pairing',
      'inspections',
      'settings',
    ]);
    expect(navigationFor({ role: 'operator' }).map((s) => s.id)).toEqual(['settings']);
    expect(navigationFor({ role: 'school_admin' }).map((s) => s.id)).toEqual([
      'register',
      'training',
      'rotations',
      'pairing',
      'inspections',
    ]);
  });

  it('sends a teacher to their own record, allowances and training, never to the lists', () => {
    expect(hrefs('teacher')).toEqual([`/teachers/${TEACHER_ID}`, '/allowances/mine', '/training/mine']);
    expect(navigationFor({ role: 'teacher', teacherId: null }).flatMap((s) => s.links.map((l) => l.href))).toEqual([
      '/allowances/mine',
      '/training/mine',
    ]);
  });

  it('offers the simulation to whoever may edit the rules, and to no one else', () => {
    for (const role of ROLES)
      expect(hrefs(role).includes('/allowances/simulate')).toBe(PERMISSIONS['allowance.rules'].includes(role as never));
  });

  it('names every group and page in both languages', () => {
    const labels = [
      ...new Set(
        ROLES.flatMap((role) => navigationFor({ role, teacherId: TEACHER_ID }).flatMap((s) => [s.label, ...s.links.map((l) => l.label)])),
      ),
    ];
    for (const locale of ['zh', 'en'] as const) {
      const t = translator(locale);
      for (const label of labels) expect(t(label), `${locale}: ${label}`).not.toBe(label);
    }
  });
});

describe('activeHref', () => {
  const sections = navigationFor({ role: 'city_admin' });
  it('marks the page a path belongs to, the longest match winning', () => {
    expect(activeHref(sections, '/allowances/sheets')).toBe('/allowances/sheets');
    expect(activeHref(sections, '/allowances/sheets/abc/notice')).toBe('/allowances/sheets');
    expect(activeHref(sections, '/register/import/123')).toBe('/register/import');
  });
  it('marks nothing for a path outside the navigation or a mere prefix of a name', () => {
    expect(activeHref(sections, '/')).toBeNull();
    expect(activeHref(sections, '/password')).toBeNull();
    expect(activeHref(sections, '/schoolsx')).toBeNull();
  });
});
