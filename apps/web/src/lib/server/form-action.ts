import { fail, type RequestEvent } from '@sveltejs/kit';
import { describeError } from '@tongxing/api';
import { translator } from '@tongxing/domain';

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

/** The file a form posted under `name`, as bytes for the API; null when none was chosen (the input then posts an empty file). */
export async function postedFile(form: FormData, name = 'file'): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null> {
  const file = form.get(name);
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The answer to an upload form posted without its file, shaped like submit's refusals. */
export function noFile<V>(event: Pick<RequestEvent, 'locals'>, values: V) {
  return fail(400, { message: translator(event.locals.locale)('import.noFile'), fieldErrors: {} as Record<string, string>, values });
}

/** Every file a form posted under `name` (an input with `multiple`), as bytes for the API; empty inputs left out. */
export async function postedFiles(form: FormData, name = 'files'): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  const files = form.getAll(name).filter((file): file is File => file instanceof File && file.size > 0);
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
