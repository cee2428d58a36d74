import { fail, type RequestEvent } from '@sveltejs/kit';
import { describeError } from '@tongxing/api';

/**
 * Runs a form action's API call and returns what `run` returns. A refusal comes back as a 400 with the
 * message and field errors in the user's language and the submitted `values`, so the form can show them
 * again; `renameFields` maps an API field name onto the form's where the two differ.
 */
export async function submit<V, R>(
  event: Pick<RequestEvent, 'locals'>,
  values: V,
  run: () => Promise<R>,
  renameFields: Record<string, string> = {},
) {
  try {
    return await run();
  } catch (error) {
    const { message, fieldErrors } = describeError(error, event.locals.locale);
    const renamed = Object.fromEntries(Object.entries(fieldErrors).map(([field, problem]) => [renameFields[field] ?? field, problem]));
    return fail(400, { message, fieldErrors: renamed, values });
  }
}
