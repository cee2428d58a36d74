import { inclusiveDays } from './days';

/** The levels every city starts with; a city may add its own, so a level elsewhere is any string. */
export const TRAINING_LEVELS = ['国培', '省培', '市培', '县培', '校本', '东西部协作'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];

export const TRAINING_FORMS = ['集中培训', '置换脱产研修', '跟岗/影子', '挂职', '送教下乡', '网络研修', '访名校', '工作坊'] as const;
export type TrainingForm = (typeof TRAINING_FORMS)[number];

/** 跟岗/影子 takes the teacher off the job when the cohort lasts more than this many days. */
export const SHADOWING_OFF_THE_JOB_DAYS = 5;

/**
 * Whether a cohort takes its trainees away from their posts (so two such placements may not overlap).
 * `form` is a string because it comes from stored text; an unknown form is not off the job.
 */
export function isOffTheJob(form: string, startDate: string, endDate: string): boolean {
  if (form === '置换脱产研修' || form === '挂职') return true;
  if (form === '跟岗/影子') return inclusiveDays(startDate, endDate) > SHADOWING_OFF_THE_JOB_DAYS;
  return false;
}
