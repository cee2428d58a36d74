import {
  checkCharacter,
  type EmploymentType,
  type LocationClass,
  type PostStatus,
  type SchoolType,
  type TerrainClass,
} from '@tongxing/domain';
import { picker, type Picker } from './random';

export interface GeneratedPost {
  schoolCode: string;
  startDate: string;
  endDate: string | null;
  employmentType: EmploymentType;
  status: PostStatus;
  roles: string[];
}
export interface GeneratedTeacher {
  idNumber: string;
  name: string;
  sex: '男' | '女';
  birthDate: string;
  phone: string;
  /** a synthetic 19-digit bank card (Luhn-valid), derived from the ID number */
  bankCard: string;
  education: string;
  subjects: string[];
  title: string;
  keyTeacherLevel: string | null;
  posts: GeneratedPost[];
}
export interface GeneratedSchool {
  countyCode: string;
  code: string;
  name: string;
  schoolType: SchoolType;
  locationClass: LocationClass;
  terrainClass: TerrainClass;
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华红梅玉兰建国建华志强春梅海燕晓东文斌立新淑芬凤英宝山振华国强春生金花';
const TOWNS = [
  '平安',
  '永兴',
  '新建',
  '红旗',
  '东风',
  '胜利',
  '德顺',
  '向阳',
  '和平',
  '长青',
  '复兴',
  '太平',
  '兴隆',
  '福安',
  '团结',
  '光明',
  '双塔',
  '三合',
  '五里',
  '六家',
];

const CLASS_MIX: readonly (readonly [LocationClass, number])[] = [
  ['城市', 8],
  ['县城', 15],
  ['乡镇', 37],
  ['村小', 30],
  ['教学点', 10],
];
const TYPES_BY_CLASS: Record<LocationClass, readonly (readonly [SchoolType, number])[]> = {
  城市: [
    ['小学', 4],
    ['初中', 3],
    ['高中', 2],
    ['幼儿园', 2],
    ['完全中学', 1],
    ['中职', 1],
    ['特殊教育', 1],
  ],
  县城: [
    ['小学', 4],
    ['初中', 3],
    ['高中', 2],
    ['幼儿园', 2],
    ['中职', 1],
  ],
  乡镇: [
    ['小学', 4],
    ['九年一贯制', 3],
    ['初中', 3],
    ['幼儿园', 1],
  ],
  村小: [['小学', 1]],
  教学点: [['教学点', 1]],
};

function schoolName(countyName: string, cls: LocationClass, type: SchoolType, town: string, n: number): string {
  switch (cls) {
    case '城市':
    case '县城':
      return `${countyName}第${n}${type === '幼儿园' ? '幼儿园' : type === '小学' ? '小学' : type === '高中' ? '高级中学' : type === '中职' ? '职业学校' : type === '特殊教育' ? '特殊教育学校' : '中学'}`;
    case '乡镇':
      return `${countyName}${town}镇${type === '幼儿园' ? '中心幼儿园' : type === '初中' ? '中学' : type === '九年一贯制' ? '九年一贯制学校' : '中心小学'}`;
    case '村小':
      return `${countyName}${town}镇${TOWNS[n % TOWNS.length]}村小学`;
    case '教学点':
      return `${countyName}${town}镇${TOWNS[(n + 7) % TOWNS.length]}村教学点`;
  }
}

export function generateSchools(
  r: Picker,
  counties: readonly { code: string; name: string }[],
  perCounty: number,
  codePrefix: string,
): GeneratedSchool[] {
  const schools: GeneratedSchool[] = [];
  let seq = 0;
  for (const county of counties) {
    for (let i = 1; i <= perCounty; i++) {
      const locationClass = r.weighted(CLASS_MIX);
      const schoolType = r.weighted(TYPES_BY_CLASS[locationClass]);
      const terrainClass: TerrainClass =
        locationClass === '城市' ? '城市' : locationClass === '县城' ? '县城/城郊' : r.chance(0.5) ? '农村山区' : '农村川区';
      seq += 1;
      schools.push({
        countyCode: county.code,
        code: `${codePrefix}${String(seq).padStart(5, '0')}`,
        name: `${schoolName(county.name, locationClass, schoolType, r.pick(TOWNS), i)}（${seq}）`,
        schoolType,
        locationClass,
        terrainClass,
      });
    }
  }
  return schools;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A synthetic ID number with a valid region, birth date and check character. */
export function syntheticIdNumber(regionCode: string, birthDate: string, sequence: number, sex: '男' | '女'): string {
  const seq = sequence * 2 + (sex === '男' ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/**
 * Teachers with post histories: most stay at one school; some were transferred within their county,
 * some took a leave (its own interval), a few left. Dates run up to `today`.
 */
export function generateTeachers(
  r: Picker,
  schools: readonly GeneratedSchool[],
  count: number,
  today: string,
  named: readonly string[] = [],
): GeneratedTeacher[] {
  const byCounty = new Map<string, GeneratedSchool[]>();
  for (const s of schools) byCounty.set(s.countyCode, [...(byCounty.get(s.countyCode) ?? []), s]);
  const used = new Set<string>();
  const teachers: GeneratedTeacher[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (let i = 0; i < count; i++) {
    const school = r.pick(schools);
    const sex = r.chance(0.62) ? '女' : '男';
    const birthYear = r.int(thisYear - 60, thisYear - 23);
    const birthDate = iso(birthYear, r.int(1, 12), r.int(1, 28));
    let idNumber: string;
    let seq = r.int(0, 499);
    do idNumber = syntheticIdNumber(school.countyCode, birthDate, seq++, sex);
    while (used.has(idNumber));
    used.add(idNumber);
    const employmentType: EmploymentType = r.weighted([
      ['在编', 80],
      ['特岗', 12],
      ['代课/临聘', 8],
    ] as const);
    const roles = r.chance(0.25) ? ['班主任'] : [];
    let start = iso(Math.max(birthYear + 22, thisYear - 20), 9, 1);
    if (start >= today) start = iso(thisYear - 1, 9, 1);
    const posts: GeneratedPost[] = [];
    const base = { employmentType, roles };
    let current: GeneratedPost = { schoolCode: school.code, startDate: start, endDate: null, status: '在岗', ...base };
    const startYear = Number(start.slice(0, 4));
    if (r.chance(0.2) && startYear < thisYear - 2) {
      const move = iso(r.int(startYear + 1, thisYear - 1), 9, 1);
      const target = r.pick(byCounty.get(school.countyCode)!);
      if (target.code !== school.code) {
        posts.push({ ...current, endDate: move });
        current = { ...current, schoolCode: target.code, startDate: move };
      }
    }
    if (r.chance(0.1) && Number(current.startDate.slice(0, 4)) < thisYear - 1) {
      const leaveYear = r.int(Number(current.startDate.slice(0, 4)) + 1, thisYear - 1);
      const from = iso(leaveYear, r.int(3, 6), 1);
      const to = iso(leaveYear, r.int(7, 8), 1);
      posts.push({ ...current, endDate: from });
      posts.push({ ...current, startDate: from, endDate: to, status: r.pick(['病假', '产假', '事假'] as const) });
      current = { ...current, startDate: to };
    }
    if (r.chance(0.02)) current = { ...current, endDate: iso(thisYear, 1, 1) > current.startDate ? iso(thisYear, 1, 1) : null };
    posts.push(current);
    teachers.push({
      idNumber,
      name: named[i] ?? r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.chance(0.6) ? r.pick([...GIVEN]) : ''),
      sex,
      birthDate,
      phone: `1${r.pick(['3', '5', '7', '8'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
      bankCard: syntheticBankCard(idNumber),
      education: r.weighted([
        ['本科', 60],
        ['专科', 25],
        ['研究生', 8],
        ['高中/中专', 7],
      ] as const),
      subjects: [r.pick(['语文', '数学', '英语', '科学', '音乐', '体育', '美术', '道德与法治'] as const)],
      title: r.weighted([
        ['一级教师', 40],
        ['二级教师', 25],
        ['高级教师', 20],
        ['未定级', 12],
        ['正高级教师', 3],
      ] as const),
      keyTeacherLevel: r.chance(0.08) ? r.pick(['国家级', '省级', '市级', '县级'] as const) : null,
      posts,
    });
  }
  return teachers;
}

/**
 * A synthetic 19-digit bank card number: a fixed 6-digit prefix, 12 digits hashed (FNV-1a) from the
 * ID number, and a Luhn check digit. It takes nothing from the random stream, so every other
 * generated field stays as it was, and the same ID number always gets the same card.
 */
export function syntheticBankCard(idNumber: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of idNumber) h = BigInt.asUintN(64, (h ^ BigInt(ch.codePointAt(0)!)) * 0x100000001b3n);
  const body = `621799${String(h % 1_000_000_000_000n).padStart(12, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export { picker };
