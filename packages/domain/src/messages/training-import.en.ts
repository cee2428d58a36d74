import type { trainingImportZh } from './training-import.zh';

export const trainingImportEn: typeof trainingImportZh = {};
