import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '@tongxing/storage';
import { elf, jpeg, pdf } from '@tongxing/storage/test-files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { refusal } from '../support/refusal';

afterAll(closeDbs);

let city: City;
let teacher: Caller;
let school: Caller;
let officer1: Caller;
let officer2: Caller;
let photo: Buffer;

beforeAll(async () => {
  city = await makeCity('claims');
  teacher = city.teacher1.caller;
  school = city.school1Admin.caller;
  officer1 = city.county1Officer.caller;
  officer2 = city.county2Officer.caller;
  photo = await jpeg({ width: 1600, height: 1200, dateTimeOriginal: '2026:04:18 09:30:00' });
});

let sequence = 0;
/** 张老师's claim of a provincial platform's course, with a photo of the certificate. */
function claimOf(extra: Partial<Parameters<Caller['hoursClaim']['submit']>[0]> = {}) {
  sequence += 1;
  return {
    teacherId: city.ids.teacher1,
    hours: 24,
    level: '省培',
    title: '省级网络研修',
    completedOn: '2026-04-18',
    certificateNo: `SP-2026-${String(sequence).padStart(4, '0')}`,
    note: '省平台结业证书',
    files: [{ name: '证书.jpg', bytes: photo }],
    ...extra,
  };
}

const ledgerOf = async () => (await officer1.hours.ofTeacher({ teacherId: city.ids.teacher1 })).entries;
const counts = async () => {
  const [row] = await ownerDb().sql<{ claims: number; files: number }[]>`
    select (select count(*)::int from training_hours_claim where tenant_id = ${city.tenantId}) as claims,
      (select count(*)::int from evidence_file where tenant_id = ${city.tenantId}) as files`;
  return row!;
};

describe('a teacher’s claim of hours, decided by the county', () => {
  it('enters the ledger only when approved, as a manual entry written by the approver', async () => {
    const submitted = await teacher.hoursClaim.submit(claimOf());
    expect(submitted).toMatchObject({ state: 'pending', hours: 24, entryId: null });
    expect((await ledgerOf()).some((e) => e.certificateNo === submitted.certificateNo)).toBe(false);

    const detail = await officer1.hoursClaim.get({ claimId: submitted.id });
    expect(detail.evidence).toEqual([
      expect.objectContaining({
        fileName: '证书.jpg',
        mime: 'image/jpeg',
        kind: 'photo',
        size: photo.length,
        hasThumbnail: true,
        takenAt: '2026-04-18 09:30:00',
      }),
    ]);
    const queue = await officer1.hoursClaim.list({ state: 'pending' });
    expect(queue.rows.map((r) => [r.id, r.teacherName, r.files])).toContainEqual([submitted.id, '张老师', 1]);

    const approved = await officer1.hoursClaim.approve({ claimId: submitted.id });
    expect(approved).toMatchObject({ state: 'approved', decidedBy: city.accountIds.county1Officer });
    const [entry] = (await ledgerOf()).filter((e) => e.certificateNo === submitted.certificateNo);
    expect(entry).toMatchObject({
      id: approved.entryId,
      hours: 24,
      level: '省培',
      title: '省级网络研修',
      source: 'manual',
      completedOn: '2026-04-18',
    });
    expect(await refusal(officer1.hoursClaim.approve({ claimId: submitted.id }))).toBe('学时申报：该申报已处理（已通过），不能再更改');
  });

  it('is refused with a reason, or withdrawn by the teacher, and then nothing enters the ledger', async () => {
    const before = (await ledgerOf()).length;
    const refused = await school.hoursClaim.submit(claimOf({ files: [{ name: '证明.pdf', bytes: await pdf() }] }));
    expect(await officer1.hoursClaim.refuse({ claimId: refused.id, reason: '证书非本人' })).toMatchObject({
      state: 'refused',
      reason: '证书非本人',
    });
    const withdrawn = await teacher.hoursClaim.submit(claimOf());
    expect(await teacher.hoursClaim.withdraw({ claimId: withdrawn.id })).toMatchObject({ state: 'withdrawn' });
    expect((await ledgerOf()).length).toBe(before);
    const mine = await teacher.hoursClaim.ofTeacher({ teacherId: city.ids.teacher1 });
    expect(mine.slice(0, 2).map((c) => c.state)).toEqual(['withdrawn', 'refused']);
  });

  it('refuses bad claims by name and records nothing: a fake photo, no evidence, a recorded certificate, a future date', async () => {
    const before = await counts();
    expect(await refusal(teacher.hoursClaim.submit(claimOf({ files: [{ name: '证书.jpg', bytes: elf() }] })))).toBe(
      '证明材料：第 1 个文件“证书.jpg”不是允许的类型（按内容识别为 elf）：请上传照片、PDF、Word 或 Excel 文件',
    );
    expect(await refusal(teacher.hoursClaim.submit(claimOf({ files: [] })))).toContain('证明材料');
    const recorded = (await ledgerOf()).find((e) => e.certificateNo)!.certificateNo!;
    expect(await refusal(teacher.hoursClaim.submit(claimOf({ certificateNo: recorded })))).toBe('证书编号：该证书编号已登记过');
    expect(await refusal(teacher.hoursClaim.submit(claimOf({ completedOn: '2099-01-01' })))).toContain('不能晚于今天');
    expect(await refusal(teacher.hoursClaim.submit(claimOf({ level: '部培' })))).toContain('不是本市的培训层级');
    expect(await counts()).toEqual(before);
  });

  it('keeps each side to its scope: a teacher claims for themself, another county neither sees nor decides', async () => {
    await expect(teacher.hoursClaim.submit(claimOf({ teacherId: city.ids.teacher2 }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const claim = await teacher.hoursClaim.submit(claimOf());
    await expect(officer2.hoursClaim.approve({ claimId: claim.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(officer2.hoursClaim.get({ claimId: claim.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await officer2.hoursClaim.list({})).rows.map((r) => r.id)).not.toContain(claim.id);
    await expect(teacher.hoursClaim.approve({ claimId: claim.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(officer1.hoursClaim.submit(claimOf())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('evidence files', () => {
  it('are stored once by content, with a thumbnail, and served only to whoever may see the claim that holds them', async () => {
    const first = await teacher.hoursClaim.submit(claimOf());
    const second = await teacher.hoursClaim.submit(claimOf());
    const [a] = (await officer1.hoursClaim.get({ claimId: first.id })).evidence;
    const [b] = (await officer1.hoursClaim.get({ claimId: second.id })).evidence;
    expect(a!.id).not.toBe(b!.id);
    const sha = sha256Hex(photo);
    const folder = join(process.env.TONGXING_DATA_DIR!, 'evidence', sha.slice(0, 2), sha.slice(2, 4));
    expect(existsSync(join(folder, sha))).toBe(true);
    expect(existsSync(join(folder, `${sha}.thumb.webp`))).toBe(true);

    const original = await officer1.evidence.file({ fileId: a!.id });
    expect([Buffer.from(original.bytes).equals(photo), original.mime, original.fileName]).toEqual([true, 'image/jpeg', '证书.jpg']);
    const thumbnail = await teacher.evidence.file({ fileId: a!.id, thumbnail: true });
    expect([thumbnail.mime, thumbnail.bytes.subarray(8, 12).toString()]).toEqual(['image/webp', 'WEBP']);
    // Another county's officer, and a teacher whose claim it is not, get nothing.
    await expect(officer2.evidence.file({ fileId: a!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(b!.id).not.toBe(a!.id);
  });
});
