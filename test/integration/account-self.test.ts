import { describeError } from '@tongxing/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('self');
});

describe('an administrator and their own account', () => {
  it('cannot disable it, with a readable refusal, and stays signed in', async () => {
    const api = city.admin.caller;
    const own = (await api.account.list({ page: 1, search: 'admin' })).rows.find((a) => a.username === 'admin')!;
    const refused = await api.account.setDisabled({ accountId: own.id, disabled: true }).catch((e: unknown) => e);
    expect(describeError(refused, 'zh').message).toBe('账号：不能停用自己的账号');
    expect((await api.account.list({ page: 1, search: 'admin' })).rows.find((a) => a.id === own.id)!.disabledAt).toBeNull();
  });
});
