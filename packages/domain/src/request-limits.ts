/** The most calls one tRPC batch may hold: the server refuses more with a 400, the browser client splits there. */
export const MAX_BATCH = 10;
