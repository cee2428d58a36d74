import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, operator, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('audit');
});

describe('the audit log', () => {
  it('records every write with who, when, what, before and after', async () => {
    const school = await city.county1Officer.caller.school.update({
      schoolId: city.ids.school1,
      name: '一县中心村小',
      schoolType: '小学',
      locationClass: '村小',
      terrainClass: '农村山区',
    });
    expect(school.name).toBe('一县中心村小');
    const { rows } = await city.admin.caller.audit.list({ entity: 'school' });
    const update = rows.find((r) => r.action === 'update' && r.entityId === city.ids.school1);
    expect(update).toMatchObject({ actor: 'officer1', before: { name: '一县村小' }, after: { name: '一县中心村小' } });
    expect(update!.at).toBeInstanceOf(Date);
  });

  it('records account changes without the password hash', async () => {
    await city.admin.caller.account.resetPassword({ accountId: city.accountIds.teacher1 });
    const { rows } = await city.admin.caller.audit.list({ entity: 'app_user' });
    const reset = rows.find((r) => r.action === 'update' && r.entityId === city.accountIds.teacher1);
    expect(reset?.actor).toBe('admin');
    expect(reset?.after).toMatchObject({ must_change_password: true });
    expect(JSON.stringify(rows)).not.toContain('argon2');
  });

  it('records logins, and the operator’s changes to cities in the platform’s own log', async () => {
    const { rows } = await city.admin.caller.audit.list({ entity: 'app_user' });
    expect(rows.filter((r) => r.action === 'login_succeeded').length).toBeGreaterThanOrEqual(5);
    await (await operator()).caller.tenant.setDisabled({ tenantId: city.tenantId, disabled: false });
    const [row] = await ownerDb().sql<{ n: number }[]>`
      select count(*)::int as n from audit_event
      where tenant_id = '00000000-0000-0000-0000-000000000001' and entity = 'tenant' and entity_id = ${city.tenantId}`;
    expect(row!.n).toBe(2);
  });

  it('is only for the city administrator', async () => {
    await expect(city.county1Officer.caller.audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
