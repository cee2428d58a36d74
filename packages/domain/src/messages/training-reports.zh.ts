/** Messages of the training reports pages. */
export const trainingReportsZh = {};
