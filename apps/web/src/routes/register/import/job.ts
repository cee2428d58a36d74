/** The page reloads this dependency every POLL_MS while a job is being checked or imported. */
export const JOB_DEPENDENCY = 'import:job';
export const POLL_MS = 1000;

export const isRunning = (status: string) => status === 'validating' || status === 'importing';
