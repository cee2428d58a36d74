/**
 * A worker's program as the source text `new Worker(…, { eval: true })` runs. Under tsx (`pnpm dev`, the
 * scripts, the demo seed) esbuild keeps function names by wrapping them in its `__name` helper, which the
 * copied source then calls but the worker does not define: it is declared here as doing nothing (a name
 * is all it sets).
 */
export const workerSource = (program: string): string => `var __name = (target) => target;\n${program}`;
