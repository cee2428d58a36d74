/** Messages of the training catalogue pages (programmes, cohorts' creation, quotas, the hours cycle). */
export const trainingCatalogueZh = {};
