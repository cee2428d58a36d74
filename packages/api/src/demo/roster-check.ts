import type { Database } from '@tongxing/db';
import { checkCharacter } from '@tongxing/domain';
import ExcelJS from 'exceljs';
import { COLUMNS, header } from '../register/import/columns';
import { asDemoUser, monthsFrom, type DemoApi } from './act-as';

const YOULOUGOU = '张北县油篓沟乡中心学校';
const XITUCHENG = '张北县台路沟乡西土城村小学';

/** Every teacher of the officer's county as the register lists them today. */
async function countyTeachers(api: DemoApi) {
  const teachers = [];
  for (let page = 1; ; page++) {
    const { rows, pages } = await api.teacher.list({ page, sort: 'name' });
    teachers.push(...rows);
    if (page >= pages) return teachers;
  }
}

async function rosterWorkbook(rows: { idNumber: string; name: string; unit: string }[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('花名册');
  sheet.addRow(COLUMNS.roster.map(header));
  for (const row of rows) sheet.addRow([row.idNumber, row.name, row.unit]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Waits for the import's background check of the roster. */
async function checked(api: DemoApi, jobId: string) {
  for (;;) {
    const job = await api.import.status({ jobId });
    if (job.status !== 'validating') return job;
    await new Promise((resume) => setTimeout(resume, 50));
  }
}

/**
 * 张家口's 张北县 checks its register against the 编制 roster (source 000: people paid who were not in
 * post, data refreshed only twice a year): the roster lacks 武建军 (油篓沟乡中心学校) and 田玉凤 (第一中学),
 * has 韩秀珍 of 油篓沟 at 西土城村小学, and has 高志远, whom the register does not know; like every teacher
 * the register lists, it also has those whose posts have ended. The officer has explained 韩秀珍 (seconded);
 * the rest are open.
 */
export async function seedRosterCheckDemo(db: Database, today: string) {
  await asDemoUser(db, 'zhangjiakou', 'zjk.zhangbei', async (county) => {
    const teachers = await countyTeachers(county);
    const named = (name: string) => {
      const found = teachers.find((t) => t.name === name);
      if (!found) throw new Error(`demo teacher ${name} not found in 张北县`);
      return found;
    };
    const [left1, left2, moved] = [named('武建军'), named('田玉凤'), named('韩秀珍')];
    const stranger = '13072219880512003';
    const rows = [
      ...teachers
        .filter((t) => t !== left1 && t !== left2)
        .map((t) => ({ idNumber: t.idNumber, name: t.name, unit: t === moved ? XITUCHENG : t.schoolName })),
      { idNumber: stranger + checkCharacter(stranger), name: '高志远', unit: YOULOUGOU },
    ];
    const { jobId } = await county.import.start({ kind: 'roster', fileName: '张北县编制花名册.xlsx', file: await rosterWorkbook(rows) });
    const job = await checked(county, jobId);
    if (job.status !== 'validated') throw new Error(`demo roster not read: ${job.failure ?? job.status}`);
    if (job.errorCount > 0) throw new Error(`demo roster refused: ${JSON.stringify(job.errors.slice(0, 3))}`);
    const { checkId } = await county.rosterCheck.create({ jobId, checkTitle: '张北县编制花名册核查', asOf: today });
    const { differences } = await county.rosterCheck.get({ checkId, page: 1, kind: 'other_school' });
    const other = differences.rows.find((d) => d.name === moved.name);
    if (other) await county.rosterCheck.explain({ differenceId: other.id, reason: '借调西土城村小学任教，编制仍在油篓沟乡中心学校' });
  });
}

/**
 * A teacher of 白城 who moved to 张家口's 张北县第一中学 on the 16th of last month while 白城 kept her post
 * (and her allowance): each city's cross-city match finds its own record of her, for last month and this.
 */
export async function seedCrossCityDemo(db: Database, today: string) {
  const moved = await asDemoUser(db, 'baicheng', 'bc.admin', async (city) => {
    const { rows } = await city.teacher.list({ page: 3, sort: 'name' });
    return rows[0]!;
  });
  await asDemoUser(db, 'zhangjiakou', 'zjk.admin', async (city) => {
    const { rows } = await city.school.list({ page: 1, search: '张北县第一中学' });
    await city.teacher.create({
      idNumber: moved.idNumber,
      name: moved.name,
      schoolId: rows[0]!.id,
      startDate: `${monthsFrom(today.slice(0, 7), -1)}-16`,
      employmentType: '在编',
    });
  });
}
