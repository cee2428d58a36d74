import type { LocationClass, SchoolType, TenantRole, TerrainClass } from '@tongxing/domain';

/** Every demo account has this password; demo accounts need no change at first login. */
export const DEMO_PASSWORD = 'Tongxing@2026';

interface DemoSchool {
  code: string;
  name: string;
  type: SchoolType;
  location: LocationClass;
  terrain: TerrainClass;
  /** Named teachers: each one post at this school, 在编 and 在岗 (the people the demo logins and pages show). */
  teachers: string[];
  /** Those of `teachers` who are 班主任. */
  homeroom?: string[];
}
interface DemoCounty {
  code: string;
  name: string;
  poverty: boolean;
  schools: DemoSchool[];
}
interface DemoAccount {
  username: string;
  displayName: string;
  role: TenantRole;
  /** county code, school code, teacher name or provider name the account is scoped to */
  scope?: string;
}
export interface DemoTenant {
  code: string;
  name: string;
  province: string;
  counties: DemoCounty[];
  accounts: DemoAccount[];
  /** The generated register on top of the named schools and teachers (DEMO_SIZE unless given). */
  size?: { schoolsPerCounty: number; teachers: number };
}

/** The three cities whose areas come later: small, so the first `pnpm dev` still serves quickly. */
const SMALL_CITY = { schoolsPerCounty: 15, teachers: 800 };

/**
 * The five cities of the sources (张家口 000, 岳阳 001, 兰州 002, 白城 003, 曲靖 004); county codes are the
 * national ones, named schools are in real counties and towns the sources mention where they name any.
 * 白城 and 兰州 show allowances (packages/api/src/demo); 曲靖, 岳阳 and 张家口 have smaller registers
 * that the training, pairing and inspection areas fill with their own demo data.
 */
export const DEMO_TENANTS: DemoTenant[] = [
  {
    code: 'baicheng',
    name: '白城市',
    province: '吉林省',
    counties: [
      {
        code: '220802',
        name: '洮北区',
        poverty: false,
        schools: [
          { code: 'BC0101', name: '白城市第一中学', type: '高中', location: '城市', terrain: '城市', teachers: ['刘建国', '孙丽华'] },
          {
            code: 'BC0102',
            name: '洮北区平台镇中心学校',
            type: '九年一贯制',
            location: '乡镇',
            terrain: '农村川区',
            teachers: ['王淑芬', '赵志强', '李春梅'],
          },
          {
            code: 'BC0103',
            name: '洮北区德顺乡永兴村小学',
            type: '小学',
            location: '村小',
            terrain: '农村山区',
            teachers: ['张玉兰', '陈宝山'],
          },
        ],
      },
      {
        code: '220881',
        name: '洮南市',
        poverty: false,
        schools: [
          { code: 'BC0201', name: '洮南市第一中学', type: '完全中学', location: '县城', terrain: '县城/城郊', teachers: ['周凤英'] },
          {
            code: 'BC0202',
            name: '洮南市那金镇中心校',
            type: '九年一贯制',
            location: '乡镇',
            terrain: '农村川区',
            teachers: ['吴振华', '郑秀云'],
          },
        ],
      },
      {
        code: '220882',
        name: '大安市',
        poverty: false,
        schools: [
          { code: 'BC0301', name: '大安市第二中学', type: '初中', location: '县城', terrain: '县城/城郊', teachers: ['冯海涛'] },
          {
            code: 'BC0302',
            name: '大安市月亮泡镇新建村教学点',
            type: '教学点',
            location: '教学点',
            terrain: '农村山区',
            teachers: ['韩桂芝'],
          },
        ],
      },
      {
        code: '220821',
        name: '镇赉县',
        poverty: true,
        schools: [
          { code: 'BC0401', name: '镇赉县镇赉镇第一小学', type: '小学', location: '县城', terrain: '县城/城郊', teachers: ['杨立新'] },
          {
            code: 'BC0402',
            name: '镇赉县哈吐气蒙古族乡中心校',
            type: '九年一贯制',
            location: '乡镇',
            terrain: '农村川区',
            teachers: ['包金花', '白音'],
          },
        ],
      },
      {
        code: '220822',
        name: '通榆县',
        poverty: true,
        schools: [
          { code: 'BC0501', name: '通榆县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['马春生'] },
          { code: 'BC0502', name: '通榆县向海乡复兴村小学', type: '小学', location: '村小', terrain: '农村山区', teachers: ['高玉珍'] },
        ],
      },
    ],
    accounts: [
      { username: 'bc.admin', displayName: '白城市教育局 管理员', role: 'city_admin' },
      { username: 'bc.taobei', displayName: '洮北区教育局人事股', role: 'county_officer', scope: '220802' },
      { username: 'bc.pingtai', displayName: '平台镇中心学校 管理员', role: 'school_admin', scope: 'BC0102' },
      { username: 'bc.teacher', displayName: '王淑芬', role: 'teacher', scope: '王淑芬' },
    ],
  },
  {
    code: 'lanzhou',
    name: '兰州市',
    province: '甘肃省',
    counties: [
      {
        code: '620102',
        name: '城关区',
        poverty: false,
        schools: [
          { code: 'LZ0101', name: '兰州市第一中学', type: '高中', location: '城市', terrain: '城市', teachers: ['马文斌', '李静'] },
          { code: 'LZ0102', name: '城关区雁滩小学', type: '小学', location: '城市', terrain: '城市', teachers: ['张晓燕'] },
        ],
      },
      {
        code: '620103',
        name: '七里河区',
        poverty: false,
        schools: [
          { code: 'LZ0201', name: '七里河区西果园镇中心小学', type: '小学', location: '乡镇', terrain: '农村川区', teachers: ['王永红'] },
        ],
      },
      {
        code: '620123',
        name: '榆中县',
        poverty: true,
        schools: [
          { code: 'LZ0301', name: '榆中县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['魏国强'] },
          {
            code: 'LZ0302',
            name: '榆中县甘草店镇中心小学',
            type: '小学',
            location: '乡镇',
            terrain: '农村川区',
            teachers: ['何春兰', '苏建军'],
            homeroom: ['何春兰'],
          },
          { code: 'LZ0303', name: '榆中县园子岔乡岘口村小学', type: '小学', location: '村小', terrain: '农村山区', teachers: ['丁秀英'] },
        ],
      },
      {
        code: '620121',
        name: '永登县',
        poverty: false,
        schools: [
          { code: 'LZ0401', name: '永登县红城镇教学点', type: '教学点', location: '教学点', terrain: '农村山区', teachers: ['石满堂'] },
        ],
      },
      {
        code: '620122',
        name: '皋兰县',
        poverty: false,
        schools: [{ code: 'LZ0501', name: '皋兰县石洞镇中学', type: '初中', location: '乡镇', terrain: '农村川区', teachers: ['罗晓东'] }],
      },
    ],
    accounts: [
      { username: 'lz.admin', displayName: '兰州市教育局 管理员', role: 'city_admin' },
      { username: 'lz.yuzhong', displayName: '榆中县教育局人事股', role: 'county_officer', scope: '620123' },
      { username: 'lz.gancaodian', displayName: '甘草店镇中心小学 管理员', role: 'school_admin', scope: 'LZ0302' },
      { username: 'lz.teacher', displayName: '何春兰', role: 'teacher', scope: '何春兰' },
    ],
  },
  {
    code: 'qujing',
    name: '曲靖市',
    province: '云南省',
    size: SMALL_CITY,
    counties: [
      {
        code: '530302',
        name: '麒麟区',
        poverty: false,
        schools: [
          { code: 'QJ0101', name: '曲靖市第一中学', type: '高中', location: '城市', terrain: '城市', teachers: ['李晓梅', '张德华'] },
        ],
      },
      {
        code: '530326',
        name: '会泽县',
        poverty: true,
        schools: [
          { code: 'QJ0201', name: '会泽县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['王国荣'] },
          {
            code: 'QJ0202',
            name: '会泽县大桥乡中心学校',
            type: '九年一贯制',
            location: '乡镇',
            terrain: '农村山区',
            teachers: ['杨丽萍', '朱有才'],
          },
          { code: 'QJ0203', name: '会泽县迤车镇中寨村小学', type: '小学', location: '村小', terrain: '农村山区', teachers: ['罗正芬'] },
        ],
      },
      {
        code: '530381',
        name: '宣威市',
        poverty: true,
        schools: [
          { code: 'QJ0301', name: '宣威市西泽乡中学', type: '初中', location: '乡镇', terrain: '农村山区', teachers: ['徐顺才'] },
          { code: 'QJ0302', name: '宣威市西泽乡马戛完小', type: '小学', location: '村小', terrain: '农村山区', teachers: ['孔祥芬'] },
          { code: 'QJ0303', name: '宣威市西泽乡横路教学点', type: '教学点', location: '教学点', terrain: '农村山区', teachers: ['浦绍明'] },
        ],
      },
      {
        code: '530325',
        name: '富源县',
        poverty: true,
        schools: [{ code: 'QJ0401', name: '富源县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['孙永福'] }],
      },
      {
        code: '530323',
        name: '师宗县',
        poverty: true,
        schools: [
          { code: 'QJ0501', name: '师宗县职业高级中学', type: '中职', location: '县城', terrain: '县城/城郊', teachers: ['段文华'] },
        ],
      },
    ],
    accounts: [
      { username: 'qj.admin', displayName: '曲靖市教育体育局 管理员', role: 'city_admin' },
      { username: 'qj.huize', displayName: '会泽县教育体育局人事股', role: 'county_officer', scope: '530326' },
      { username: 'qj.daqiao', displayName: '大桥乡中心学校 管理员', role: 'school_admin', scope: 'QJ0202' },
      { username: 'qj.teacher', displayName: '杨丽萍', role: 'teacher', scope: '杨丽萍' },
      { username: 'qj.baoshan', displayName: '宝山区教育学院 培训部', role: 'provider', scope: '宝山区教育学院' },
    ],
  },
  {
    code: 'yueyang',
    name: '岳阳市',
    province: '湖南省',
    size: SMALL_CITY,
    counties: [
      {
        code: '430602',
        name: '岳阳楼区',
        poverty: false,
        schools: [
          { code: 'YY0101', name: '岳阳市第一中学', type: '高中', location: '城市', terrain: '城市', teachers: ['刘湘君', '周建平'] },
          { code: 'YY0102', name: '岳阳楼区东方红小学', type: '小学', location: '城市', terrain: '城市', teachers: ['彭丽娟'] },
        ],
      },
      {
        code: '430626',
        name: '平江县',
        poverty: true,
        schools: [
          { code: 'YY0201', name: '平江县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['李志勇'] },
          {
            code: 'YY0202',
            name: '平江县长寿镇中心小学',
            type: '小学',
            location: '乡镇',
            terrain: '农村山区',
            teachers: ['吴春香', '钟国华'],
          },
          { code: 'YY0203', name: '平江县三墩乡新塘村小学', type: '小学', location: '村小', terrain: '农村山区', teachers: ['余秋菊'] },
        ],
      },
      {
        code: '430621',
        name: '岳阳县',
        poverty: false,
        schools: [{ code: 'YY0301', name: '岳阳县筻口镇中学', type: '初中', location: '乡镇', terrain: '农村川区', teachers: ['方继红'] }],
      },
      {
        code: '430623',
        name: '华容县',
        poverty: false,
        schools: [{ code: 'YY0401', name: '华容县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['黎明亮'] }],
      },
      {
        code: '430681',
        name: '汨罗市',
        poverty: false,
        schools: [
          { code: 'YY0501', name: '汨罗市白水镇中心小学', type: '小学', location: '乡镇', terrain: '农村川区', teachers: ['任桂兰'] },
        ],
      },
    ],
    accounts: [
      { username: 'yy.admin', displayName: '岳阳市教育体育局 管理员', role: 'city_admin' },
      { username: 'yy.pingjiang', displayName: '平江县教育体育局人事股', role: 'county_officer', scope: '430626' },
      { username: 'yy.dongfanghong', displayName: '东方红小学 管理员', role: 'school_admin', scope: 'YY0102' },
      { username: 'yy.changshou', displayName: '长寿镇中心小学 管理员', role: 'school_admin', scope: 'YY0202' },
      { username: 'yy.teacher', displayName: '吴春香', role: 'teacher', scope: '吴春香' },
    ],
  },
  {
    code: 'zhangjiakou',
    name: '张家口市',
    province: '河北省',
    size: SMALL_CITY,
    counties: [
      {
        code: '130702',
        name: '桥东区',
        poverty: false,
        schools: [
          { code: 'ZJK0101', name: '张家口市第一中学', type: '高中', location: '城市', terrain: '城市', teachers: ['赵振海', '郭丽娜'] },
        ],
      },
      {
        code: '130705',
        name: '宣化区',
        poverty: false,
        schools: [{ code: 'ZJK0201', name: '宣化区第一中学', type: '完全中学', location: '城市', terrain: '城市', teachers: ['贾文广'] }],
      },
      {
        code: '130722',
        name: '张北县',
        poverty: true,
        schools: [
          { code: 'ZJK0301', name: '张北县第一中学', type: '高中', location: '县城', terrain: '县城/城郊', teachers: ['田玉凤'] },
          {
            code: 'ZJK0302',
            name: '张北县油篓沟乡中心学校',
            type: '九年一贯制',
            location: '乡镇',
            terrain: '农村山区',
            teachers: ['韩秀珍', '武建军'],
          },
          {
            code: 'ZJK0303',
            name: '张北县台路沟乡西土城村小学',
            type: '小学',
            location: '村小',
            terrain: '农村山区',
            teachers: ['闫志刚'],
          },
        ],
      },
      {
        code: '130727',
        name: '阳原县',
        poverty: true,
        schools: [
          {
            code: 'ZJK0401',
            name: '阳原县东井集镇中心学校',
            type: '九年一贯制',
            location: '乡镇',
            terrain: '农村川区',
            teachers: ['康二虎'],
          },
        ],
      },
      {
        code: '130731',
        name: '涿鹿县',
        poverty: true,
        schools: [
          { code: 'ZJK0501', name: '涿鹿县矾山镇中心小学', type: '小学', location: '乡镇', terrain: '农村山区', teachers: ['薛桂英'] },
          {
            code: 'ZJK0502',
            name: '涿鹿县矾山镇三堡村教学点',
            type: '教学点',
            location: '教学点',
            terrain: '农村山区',
            teachers: ['侯占山'],
          },
        ],
      },
    ],
    accounts: [
      { username: 'zjk.admin', displayName: '张家口市教育局 管理员', role: 'city_admin' },
      { username: 'zjk.zhangbei', displayName: '张北县教育局人事股', role: 'county_officer', scope: '130722' },
      { username: 'zjk.youlougou', displayName: '油篓沟乡中心学校 管理员', role: 'school_admin', scope: 'ZJK0302' },
      { username: 'zjk.teacher', displayName: '韩秀珍', role: 'teacher', scope: '韩秀珍' },
    ],
  },
];

/** How much generated register each demo city gets on top of the named schools and teachers. */
export const DEMO_SIZE = { schoolsPerCounty: 60, teachers: 3000 };

export const DEMO_OPERATOR = { username: 'operator', displayName: '平台运营', role: 'operator' as const };

/** The demo logins, for `pnpm dev`'s banner, the README and the browser test. */
export const DEMO_LOGINS = [
  { tenantCode: 'platform', username: DEMO_OPERATOR.username, role: DEMO_OPERATOR.role },
  ...DEMO_TENANTS.flatMap((t) => t.accounts.map((a) => ({ tenantCode: t.code, username: a.username, role: a.role }))),
];
