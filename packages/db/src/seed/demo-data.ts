import type { LocationClass, SchoolType, TenantRole, TerrainClass } from '@tongxing/domain';

/** Every demo account has this password; demo accounts need no change at first login. */
export const DEMO_PASSWORD = 'Tongxing@2026';

interface DemoSchool {
  code: string;
  name: string;
  type: SchoolType;
  location: LocationClass;
  terrain: TerrainClass;
  teachers: string[];
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
  /** county code, school code or teacher name the account is scoped to */
  scope?: string;
}
export interface DemoTenant {
  code: string;
  name: string;
  province: string;
  counties: DemoCounty[];
  accounts: DemoAccount[];
}

/** Two cities modelled on the sources (白城 003, 兰州 002); county codes are the national ones. */
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
];

/** How much generated register each demo city gets on top of the named schools and teachers. */
export const DEMO_SIZE = { schoolsPerCounty: 60, teachers: 3000 };

export const DEMO_OPERATOR = { username: 'operator', displayName: '平台运营', role: 'operator' as const };

/** The demo logins, for `pnpm dev`'s banner, the README and the browser test. */
export const DEMO_LOGINS = [
  { tenantCode: 'platform', username: DEMO_OPERATOR.username, role: DEMO_OPERATOR.role },
  ...DEMO_TENANTS.flatMap((t) => t.accounts.map((a) => ({ tenantCode: t.code, username: a.username, role: a.role }))),
];
