import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * For long loops on the request thread (a simulation, a monthly run): `due()` says when the loop has
 * held the event loop for a slice, and `pause()` gives other requests their turn, so a heavy call from
 * one city delays another city's page by a slice at most, not by the whole call.
 */
export function timeSlicer(sliceMs = 15) {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= sliceMs,
    pause: async () => {
      await nextTurn();
      since = performance.now();
    },
  };
}
