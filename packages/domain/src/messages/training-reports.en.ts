import type { trainingReportsZh } from './training-reports.zh';

export const trainingReportsEn: typeof trainingReportsZh = {};
