/** Messages of the training import pages. */
export const trainingImportZh = {};
