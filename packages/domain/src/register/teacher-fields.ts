/** Mainland mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const EDUCATION_LEVELS = ['研究生', '本科', '专科', '高中/中专', '其他'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 职称 of primary and secondary teachers since the 2015 reform. */
export const TITLES = ['正高级教师', '高级教师', '一级教师', '二级教师', '三级教师', '未定级'] as const;
export type Title = (typeof TITLES)[number];

export const KEY_TEACHER_LEVELS = ['国家级', '省级', '市级', '县级'] as const;
export type KeyTeacherLevel = (typeof KEY_TEACHER_LEVELS)[number];

export const SUBJECTS = [
  '语文',
  '数学',
  '英语',
  '物理',
  '化学',
  '生物',
  '历史',
  '地理',
  '道德与法治',
  '科学',
  '音乐',
  '体育',
  '美术',
  '信息技术',
  '心理健康',
  '综合实践',
  '学前教育',
  '特殊教育',
  '其他',
] as const;

export const EMPLOYMENT_TYPES = ['在编', '特岗', '代课/临聘'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** 在岗 or a kind of leave; a leave is its own post interval. */
export const POST_STATUSES = ['在岗', '病假', '产假', '事假', '进修', '借调'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const POST_ROLES = ['班主任', '校长', '副校长', '教研组长', '年级组长'] as const;
export type PostRole = (typeof POST_ROLES)[number];

export const TERRAIN_CLASSES = ['城市', '县城/城郊', '农村川区', '农村山区'] as const;
export type TerrainClass = (typeof TERRAIN_CLASSES)[number];
