/** The page reloads this dependency every POLL_MS while a job is being checked or imported. */
export const JOB_DEPENDENCY = 'import:job';
export const POLL_MS = 1000;

export const isRunning = (status: string) => status === 'validating' || status === 'importing';

/** Where a job is shown: a roster on the roster check page (it is compared there), the others on the import page. */
export const jobHref = (job: { id: string; kind: string }) =>
  job.kind === 'roster' ? `/inspections/reconciliation?job=${job.id}` : `/register/import?job=${job.id}`;
