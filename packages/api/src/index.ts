export { appRouter, createCaller, type AppRouter } from './root';
export type { Context, SessionCookieWriter } from './context';
export { describeError, type DescribedError } from './describe-error';
export { InputProblems, type Place, type Problem } from './problems';
export { CITY_CONFIG_FIELDS, ID_FIELDS, type IdField } from './scope';
export { PAGE_SIZE, type Page } from './inputs';
export { currentRequest, errorFields, log, withRequest, type RequestContext } from './log';
