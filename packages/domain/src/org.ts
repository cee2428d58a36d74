export const SCHOOL_TYPES = ['幼儿园', '小学', '初中', '九年一贯制', '高中', '完全中学', '中职', '特殊教育', '教学点'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The location classes the sources use; tenants add their own tiers with the register. */
export const LOCATION_CLASSES = ['城市', '县城', '乡镇', '村小', '教学点'] as const;
export type LocationClass = (typeof LOCATION_CLASSES)[number];
