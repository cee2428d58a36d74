import type { trainingCatalogueZh } from './training-catalogue.zh';

export const trainingCatalogueEn: typeof trainingCatalogueZh = {};
