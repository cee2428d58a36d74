import type { AppRouter } from '@tongxing/api';
import type { inferRouterOutputs } from '@trpc/server';

/** What procedures return, for components that show it. */
export type Outputs = inferRouterOutputs<AppRouter>;
export type TimelinePost = Outputs['teacher']['get']['posts'][number];
export type TimelineAway = Outputs['teacher']['get']['away'][number];
export type QualityFindings = Outputs['quality']['board']['noCurrentPost'];
