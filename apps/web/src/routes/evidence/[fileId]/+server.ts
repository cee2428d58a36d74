import { api } from '#lib/server/api.ts';
import { evidenceResponse } from '#lib/server/evidence-response.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { RequestHandler } from './$types';

/** An evidence file (or its thumbnail, `?thumbnail=1`), for whoever may see the record that holds it. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () =>
    evidenceResponse(
      await api(event).evidence.file({ fileId: event.params.fileId, thumbnail: event.url.searchParams.get('thumbnail') === '1' }),
    ),
  );
