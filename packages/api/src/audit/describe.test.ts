import { schema } from '@tongxing/db';
import { maskIdNumber, translator } from '@tongxing/domain';
import { en } from '@tongxing/domain/messages/en';
import { zh } from '@tongxing/domain/messages/zh';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { AUDITED_TABLES, UNDESCRIBED_COLUMNS, describeEvent, referencedIds, type AuditFacts } from './describe';
import { localDateTime } from './local-time';

const ADMIN = '00000000-0000-4000-8000-00000000000a';
const COUNTY = '00000000-0000-4000-8000-0000000000c1';
const SCHOOL_A = '00000000-0000-4000-8000-0000000000a1';
const SCHOOL_B = '00000000-0000-4000-8000-0000000000b1';
const TEACHER = '00000000-0000-4000-8000-0000000000f1';
const ACCOUNT = '00000000-0000-4000-8000-0000000000e1';
const names = new Map([
  [ADMIN, '白城市教育局 管理员'],
  [COUNTY, '洮北区'],
  [SCHOOL_A, '平台镇中心学校'],
  [SCHOOL_B, '德顺乡中心学校'],
  [TEACHER, '王淑芬'],
]);
const zhT = translator('zh');
const enT = translator('en');

function event(facts: Partial<AuditFacts>): AuditFacts {
  return {
    action: 'update',
    entity: 'teacher',
    entityId: TEACHER,
    actorUserId: ADMIN,
    actorName: '白城市教育局 管理员',
    before: null,
    after: null,
    ip: '127.0.0.1',
    ...facts,
  };
}

const teacherRow = { tenant_id: 't', id: TEACHER, name: '王淑芬', school_id: SCHOOL_A, phone: '13800000000', updated_at: 'x' };
const sheetRow = { id: 's', county_id: COUNTY, month: '2026-10', state: 'submitted', comment: null, decided_by: null, decided_at: null };

describe('describeEvent', () => {
  it('says a one-field change as one sentence, with the phone masked, in zh and en', () => {
    const phone = event({ before: teacherRow, after: { ...teacherRow, phone: '13911111111', updated_at: 'y' } });
    expect(describeEvent(phone, names, zhT)).toEqual({
      text: '白城市教育局 管理员 将 王淑芬 的 手机号 由 138****0000 改为 139****1111',
      changes: [],
    });
    expect(describeEvent(phone, names, enT).text).toBe(
      '白城市教育局 管理员 changed the mobile number of 王淑芬 from 138****0000 to 139****1111',
    );
  });

  it('lists the fields of a change of several, with references named and listed values labelled', () => {
    const moved = event({
      before: { ...teacherRow, subjects: ['语文'] },
      after: { ...teacherRow, school_id: SCHOOL_B, subjects: ['语文', '数学'] },
    });
    expect(describeEvent(moved, names, zhT)).toEqual({
      text: '白城市教育局 管理员 修改了 王淑芬 的 2 项信息',
      changes: [
        { field: '学校', before: '平台镇中心学校', after: '德顺乡中心学校' },
        { field: '任教学科', before: '语文', after: '语文、数学' },
      ],
    });
    expect(describeEvent(moved, names, enT).changes[1]).toEqual({ field: 'subjects', before: 'Chinese', after: 'Chinese、Mathematics' });
  });

  it('names a teacher’s name 姓名 and a school’s 名称', () => {
    const renamedTeacher = event({ before: teacherRow, after: { ...teacherRow, name: '王淑芳' } });
    const renamedSchool = event({ entity: 'school', entityId: SCHOOL_A, before: { name: '一县村小' }, after: { name: '一县中心村小' } });
    expect(describeEvent(renamedTeacher, names, zhT).text).toBe('白城市教育局 管理员 将 王淑芳 的 姓名 由 王淑芬 改为 王淑芳');
    expect(describeEvent(renamedSchool, names, zhT).text).toBe('白城市教育局 管理员 将 一县中心村小 的 名称 由 一县村小 改为 一县中心村小');
  });

  it('masks ID numbers as the public notice does and bank cards to their last 4, on a new record', () => {
    const created = event({
      action: 'insert',
      after: { ...teacherRow, id_number: '220802199001011234', bank_card: '6222021234567890123', sex: '女' },
    });
    const said = describeEvent(created, names, zhT);
    expect(said.text).toBe('白城市教育局 管理员 新增了教师 王淑芬');
    expect(said.changes).toEqual([
      { field: '姓名', after: '王淑芬' },
      { field: '学校', after: '平台镇中心学校' },
      { field: '手机号', after: '138****0000' },
      { field: '身份证号', after: maskIdNumber('220802199001011234') },
      { field: '银行卡号', after: '****0123' },
      { field: '性别', after: '女' },
    ]);
    expect(JSON.stringify(said)).not.toContain('19900101');
    expect(JSON.stringify(said)).not.toContain('2021234567');
    expect(describeEvent(created, names, enT).changes.at(-1)).toEqual({ field: 'sex', after: 'Female' });
  });

  it('says what happened to a sheet: created, submitted, approved, returned with the comment', () => {
    const sheet = (facts: Partial<AuditFacts>) => describeEvent(event({ entity: 'allowance_sheet', entityId: 's', ...facts }), names, zhT);
    expect(sheet({ action: 'insert', after: { ...sheetRow, state: 'draft' } })).toEqual({
      text: '白城市教育局 管理员 生成了 洮北区 2026-10 发放表',
      changes: [],
    });
    const draft = { ...sheetRow, state: 'draft' };
    expect(sheet({ before: draft, after: { ...sheetRow, submitted_by: ADMIN } }).text).toBe(
      '白城市教育局 管理员 提交了 洮北区 2026-10 发放表',
    );
    const approved = { ...sheetRow, state: 'approved', decided_by: ADMIN, decided_at: '2026-11-30T06:05:00.123+00:00' };
    expect(sheet({ before: sheetRow, after: approved })).toEqual({ text: '白城市教育局 管理员 批准了 洮北区 2026-10 发放表', changes: [] });
    expect(sheet({ before: draft, after: { ...draft, computed_at: '2026-11-30T06:05:00+00:00' } }).text).toBe(
      '白城市教育局 管理员 计算了 洮北区 2026-10 发放表',
    );
    expect(sheet({ before: sheetRow, after: { ...sheetRow, state: 'returned', comment: '人数不对' } }).text).toBe(
      '白城市教育局 管理员 退回了 洮北区 2026-10 发放表，意见：人数不对',
    );
    expect(describeEvent(event({ entity: 'allowance_sheet', before: sheetRow, after: approved }), names, enT).text).toBe(
      '白城市教育局 管理员 approved the 洮北区 2026-10 allowance sheet',
    );
  });

  it('says a password reset, one’s own password change, and disabling an account without any hash', () => {
    const user = { id: ACCOUNT, username: 'bc.pingtai', must_change_password: false, password_changed_at: null, disabled_at: null };
    const reset = { ...user, must_change_password: true, password_changed_at: '2026-11-30T06:05:00+00:00' };
    const account = (facts: Partial<AuditFacts>) => event({ entity: 'app_user', entityId: ACCOUNT, before: user, ...facts });
    expect(describeEvent(account({ after: reset }), names, zhT)).toEqual({
      text: '白城市教育局 管理员 重置了 bc.pingtai 的密码',
      changes: [],
    });
    expect(describeEvent(account({ after: reset }), names, enT).text).toBe('白城市教育局 管理员 reset the password of bc.pingtai');
    const own = account({
      actorUserId: ACCOUNT,
      actorName: '平台镇中心学校 管理员',
      after: { ...user, password_changed_at: '2026-12-01T00:00:00+00:00' },
    });
    expect(describeEvent(own, names, zhT).text).toBe('平台镇中心学校 管理员 修改了自己的密码');
    expect(describeEvent(account({ after: { ...user, disabled_at: '2026-12-01T00:00:00+00:00' } }), names, zhT).text).toBe(
      '白城市教育局 管理员 停用了账号 bc.pingtai',
    );
  });

  it('says logins, failed logins with the username tried and the IP, and logouts', () => {
    const login = (facts: Partial<AuditFacts>) => event({ entity: 'app_user', entityId: ADMIN, ...facts });
    expect(describeEvent(login({ action: 'login_succeeded' }), names, zhT).text).toBe('白城市教育局 管理员 登录成功（IP 127.0.0.1）');
    const failed = login({
      action: 'login_failed',
      actorUserId: null,
      actorName: null,
      after: { tenantCode: 'baicheng', username: 'bc.admin' },
    });
    expect(describeEvent(failed, names, zhT)).toEqual({ text: '登录失败：bc.admin（IP 127.0.0.1）', changes: [] });
    expect(describeEvent(failed, names, enT).text).toBe('Login failed: bc.admin (IP 127.0.0.1)');
    expect(describeEvent(login({ action: 'logout' }), names, zhT).text).toBe('白城市教育局 管理员 退出登录');
  });

  it('says a transfer as the old post ended and the new one recorded', () => {
    const post = { id: 'p1', teacher_id: TEACHER, school_id: SCHOOL_A, start_date: '2020-09-01', end_date: null, status: '在岗' };
    const ended = event({ entity: 'post', entityId: 'p1', before: post, after: { ...post, end_date: '2026-12-15' } });
    expect(describeEvent(ended, names, zhT)).toEqual({
      text: '白城市教育局 管理员 结束了 王淑芬 在 平台镇中心学校 的任职，自 2026-12-15 起不再任职',
      changes: [],
    });
    const opened = event({
      action: 'insert',
      entity: 'post',
      entityId: 'p2',
      after: { ...post, id: 'p2', school_id: SCHOOL_B, start_date: '2026-12-15' },
    });
    expect(describeEvent(opened, names, zhT)).toEqual({
      text: '白城市教育局 管理员 登记了 王淑芬 在 德顺乡中心学校 的任职，自 2026-12-15 起',
      changes: [{ field: '状态', after: '在岗' }],
    });
    expect(describeEvent(opened, names, enT).text).toBe(
      '白城市教育局 管理员 recorded the post of 王淑芬 at 德顺乡中心学校, from 2026-12-15',
    );
  });

  it('says decisions on requests and published rules, and shows amounts in 元 and times locally', () => {
    const request = { id: 'r', teacher_id: TEACHER, state: 'pending', decided_by: null, decision_comment: null };
    const approved = event({ entity: 'post_request', before: request, after: { ...request, state: 'approved', decided_by: ADMIN } });
    expect(describeEvent(approved, names, zhT).text).toBe('白城市教育局 管理员 批准了 王淑芬 的任职变动申请，意见：—');
    const wage = event({
      entity: 'wage_base',
      before: { name: '岗位工资', year: 2026, annual_fen: 4_800_000 },
      after: { name: '岗位工资', year: 2026, annual_fen: 5_012_345 },
    });
    expect(describeEvent(wage, names, zhT).text).toBe(
      '白城市教育局 管理员 将 岗位工资（2026 年） 的 年度基数 由 48,000.00 元 改为 50,123.45 元',
    );
    const version = {
      allowance_type_id: 'ty',
      effective_from: '2026-01-01',
      state: 'draft',
      published_at: null,
      amount: { kind: 'fixed', monthlyFen: 1 },
    };
    const published = event({
      entity: 'allowance_rule_version',
      before: version,
      after: { ...version, state: 'published', published_at: '2026-11-30T06:05:00+00:00', amount: { kind: 'fixed', monthlyFen: 2 } },
    });
    expect(describeEvent(published, new Map([['ty', '乡村教师生活补助']]), zhT)).toEqual({
      text: '白城市教育局 管理员 发布了 乡村教师生活补助 标准（2026-01-01 起）',
      changes: [{ field: '标准', before: '（已修改，详见该记录）', after: '（已修改，详见该记录）' }],
    });
    const disabledCity = event({
      entity: 'tenant',
      before: { name: '白城市', disabled_at: null },
      after: { name: '白城市', disabled_at: '2026-11-30T06:05:00+00:00' },
    });
    expect(describeEvent({ ...disabledCity, action: 'update' }, names, zhT).text).toBe('白城市教育局 管理员 停用了城市 白城市');
    expect(localDateTime(new Date('2026-11-30T06:05:59.900Z'))).toBe('2026-11-30 14:05');
    const closed = event({
      entity: 'app_user',
      before: { username: 'x', disabled_at: null, display_name: 'a' },
      after: { username: 'x', disabled_at: null, display_name: 'b' },
    });
    expect(describeEvent(closed, names, zhT).text).toBe('白城市教育局 管理员 将 x 的 姓名 由 a 改为 b');
  });

  it('falls back to the column’s own name, an unknown record and the system as actor', () => {
    const odd = event({
      entity: 'teacher',
      actorUserId: null,
      actorName: null,
      before: { name: '王淑芬', shoe_size: 37 },
      after: { name: '王淑芬', shoe_size: 38 },
    });
    expect(describeEvent(odd, names, zhT).text).toBe('系统 将 王淑芬 的 shoe_size 由 37 改为 38');
    const operatorActs = event({
      actorName: null,
      entity: 'post',
      before: { teacher_id: 'gone', school_id: SCHOOL_A, status: '在岗' },
      after: { teacher_id: 'gone', school_id: SCHOOL_A, status: '病假' },
    });
    expect(describeEvent(operatorActs, names, zhT).text).toBe(
      '平台运营 将 （未知记录） 在 平台镇中心学校 的任职 的 状态 由 在岗 改为 病假',
    );
    expect(describeEvent(event({ action: 'delete', entity: 'mystery', entityId: '42', before: { a: 1 } }), names, enT).text).toBe(
      '白城市教育局 管理员 deleted mystery 42',
    );
  });

  it('names the record of every audited table when it is created or deleted', () => {
    const rows: Record<string, [Record<string, unknown>, string]> = {
      tenant: [{ name: '白城市' }, '白城市'],
      county: [{ name: '洮北区' }, '洮北区'],
      school: [{ name: '平台镇中心学校' }, '平台镇中心学校'],
      teacher: [{ name: '王淑芬' }, '王淑芬'],
      app_user: [{ username: 'bc.pingtai', display_name: '管理员' }, 'bc.pingtai'],
      location_class: [{ name: '村小' }, '村小'],
      post: [{ teacher_id: TEACHER, school_id: SCHOOL_A }, '王淑芬 在 平台镇中心学校 的任职'],
      post_request: [{ teacher_id: TEACHER }, '王淑芬 的任职变动申请'],
      import_job: [{ file_name: '教师.xlsx' }, '导入文件 教师.xlsx'],
      allowance_type: [{ name: '生活补助' }, '生活补助'],
      allowance_rule_version: [{ allowance_type_id: 'ty', effective_from: '2026-01-01' }, '生活补助 标准（2026-01-01 起）'],
      wage_base: [{ name: '岗位工资', year: 2026 }, '岗位工资（2026 年）'],
      allowance_sheet: [{ county_id: COUNTY, month: '2026-10' }, '洮北区 2026-10 发放表'],
      training_level: [{ name: '国培' }, '国培'],
      training_programme: [{ name: '国培计划示范班' }, '国培计划示范班'],
      training_cohort: [{ name: '第一期' }, '第一期'],
      training_quota: [{ cohort_id: 'co', county_id: COUNTY }, '国培计划示范班（第一期） 的 洮北区 名额'],
      training_enrolment: [{ teacher_id: TEACHER, cohort_id: 'co' }, '王淑芬 参加 国培计划示范班（第一期）'],
      training_cycle: [{ start_date: '2026-01-01', end_date: '2030-12-31' }, '2026-01-01 至 2030-12-31 学时周期'],
      training_provider: [{ name: '宝山区教育学院' }, '宝山区教育学院'],
      training_session: [{ cohort_id: 'co', session_date: '2026-05-11', name: '上午' }, '国培计划示范班（第一期） 2026-05-11 上午 课次'],
      training_attendance: [{ session_id: 'se', enrolment_id: 'en' }, '王淑芬参加 在 第一课 的出勤'],
      training_hours_claim: [{ teacher_id: TEACHER, title: '国培网络研修' }, '王淑芬 的学时申报（国培网络研修）'],
      pairing_pair: [{ name: '一中—村小结对' }, '一中—村小结对'],
      pairing_activity: [{ kind: '送教', start_date: '2026-10-20' }, '送教（2026-10-20）'],
      pairing_receipt: [{ school_id: SCHOOL_A, activity_id: 'ac' }, '平台镇中心学校 对帮扶活动的确认'],
      pairing_settings: [{ own_kinds: ['课题合作'], idle_weeks: 8 }, '本市结对帮扶设置'],
      rotation_policy: [{ year: 2026 }, '2026 年度交流轮岗政策'],
      rotation_exemption: [{ teacher_id: TEACHER }, '王淑芬 暂缓交流'],
      rotation_need: [{ school_id: SCHOOL_A, subject: '数学' }, '平台镇中心学校 数学 需求'],
      rotation_plan: [{ county_id: COUNTY, year: 2026 }, '洮北区 2026 年度交流方案'],
      rotation_move: [{ teacher_id: TEACHER, form: '支教' }, '王淑芬 支教'],
      inspection_visit: [{ visited_on: '2026-11-12', title: '十一月乡村学校督查' }, '2026-11-12 十一月乡村学校督查'],
      inspection_site: [{ county_id: COUNTY, school_id: SCHOOL_A }, '洮北区 平台镇中心学校'],
      inspection_problem: [{ description: '补助发放台账不全' }, '“补助发放台账不全”'],
      inspection_rectification: [{ problem_id: 'pr', note: '已补齐' }, '一次整改'],
      roster_check: [{ title: '十二月编制花名册核查' }, '“十二月编制花名册核查”'],
      roster_difference: [{ name: '王淑芬', kind: 'not_on_roster' }, '王淑芬 的核查差异'],
    };
    const known = new Map([...names, ['ty', '生活补助'], ['co', '国培计划示范班（第一期）'], ['se', '第一课'], ['en', '王淑芬参加']]);
    for (const table of AUDITED_TABLES) {
      const [row, record] = rows[table]!;
      const deleted = describeEvent(event({ action: 'delete', entity: table, before: row }), known, zhT).text;
      expect(deleted).toBe(`白城市教育局 管理员 删除了${zh.auditLog.kinds[table]} ${record}`);
      expect(describeEvent(event({ action: 'delete', entity: table, before: row }), known, enT).text).toContain(
        `deleted ${en.auditLog.kinds[table]} `,
      );
    }
    const request = { teacher_id: TEACHER, state: 'pending', decision_comment: null };
    const filed = describeEvent(event({ action: 'insert', entity: 'post_request', after: { ...request, note: '进修' } }), names, zhT);
    expect(filed).toEqual({ text: '白城市教育局 管理员 提出了 王淑芬 的任职变动申请', changes: [{ field: '说明', after: '进修' }] });
    const rejected = event({
      entity: 'post_request',
      before: request,
      after: { ...request, state: 'rejected', decision_comment: '材料不全' },
    });
    expect(describeEvent(rejected, names, zhT).text).toBe('白城市教育局 管理员 退回了 王淑芬 的任职变动申请，意见：材料不全');
    const job = event({
      entity: 'import_job',
      before: { file_name: 'a.xlsx', status: 'validating' },
      after: { file_name: 'a.xlsx', status: 'validated' },
    });
    expect(describeEvent(job, names, zhT).text).toBe('白城市教育局 管理员 将 导入文件 a.xlsx 的 状态 由 正在校验 改为 校验完成，待确认');
  });

  it('asks for the names of every referenced id and nothing else', () => {
    const ids = referencedIds({
      before: { id: 'self', tenant_id: 'tenant', school_id: SCHOOL_A },
      after: { decided_by: ADMIN, name: 'x' },
    });
    expect(ids).toEqual([SCHOOL_A, ADMIN]);
  });
});

describe('labels of audited columns', () => {
  const tables = new Map(
    (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => value instanceof PgTable)
      .map((table) => [getTableConfig(table).name, getTableConfig(table).columns.map((c) => c.name)]),
  );

  it('has a zh and an en label for every column of every audited table of the schema', () => {
    const missing: string[] = [];
    for (const table of AUDITED_TABLES) {
      expect(tables.has(table), `${table} is not in the drizzle schema`).toBe(true);
      for (const column of tables.get(table)!.filter((c) => !UNDESCRIBED_COLUMNS.has(c))) {
        const labels = [zh, en].map((messages) => (messages.auditLog.columns as Record<string, Record<string, string>>)[table]?.[column]);
        if (!labels.every(Boolean)) missing.push(`${table}.${column}`);
      }
      expect(zh.auditLog.kinds[table]).toBeTruthy();
      expect(en.auditLog.kinds[table]).toBeTruthy();
    }
    expect(missing).toEqual([]);
  });
});
