import { describe, expect, it } from 'vitest';
import { isOffTheJob, SHADOWING_OFF_THE_JOB_DAYS, TRAINING_FORMS, TRAINING_LEVELS } from './forms';

describe('levels and forms', () => {
  it('list the defaults', () => {
    expect(TRAINING_LEVELS).toEqual(['国培', '省培', '市培', '县培', '校本', '东西部协作']);
    expect(TRAINING_FORMS).toHaveLength(8);
    expect(SHADOWING_OFF_THE_JOB_DAYS).toBe(5);
  });
});

describe('isOffTheJob', () => {
  it('置换脱产研修 and 挂职 always are, even for a day', () => {
    expect(isOffTheJob('置换脱产研修', '2026-03-01', '2026-05-31')).toBe(true);
    expect(isOffTheJob('挂职', '2026-03-01', '2026-03-01')).toBe(true);
  });
  it('跟岗/影子 is when it lasts more than 5 days, both dates counted', () => {
    expect(isOffTheJob('跟岗/影子', '2026-03-02', '2026-03-06')).toBe(false); // 5 days
    expect(isOffTheJob('跟岗/影子', '2026-03-02', '2026-03-07')).toBe(true); // 6 days
    expect(isOffTheJob('跟岗/影子', '2028-02-27', '2028-03-02')).toBe(false); // 27, 28, 29, 1, 2
    expect(isOffTheJob('跟岗/影子', '2026-02-27', '2026-03-04')).toBe(true); // 27, 28, 1, 2, 3, 4
  });
  it('other forms are not, however long', () => {
    for (const form of ['集中培训', '送教下乡', '网络研修', '访名校', '工作坊', '自定义'])
      expect(isOffTheJob(form, '2026-03-01', '2026-12-31')).toBe(false);
  });
});
