import { schema } from '@tongxing/db';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { evidenceDownload } from '../evidence/save';
import { entityId } from '../inputs';
import { permitted } from '../procedures';
import { router } from '../trpc';

const fileInput = z.object({ fileId: entityId(), thumbnail: z.boolean().default(false) });

/**
 * Evidence files, whatever record holds them (an hours claim, a pairing activity): the scope guard
 * places a file where its record is, so only a user who may see that record gets its bytes.
 */
export const evidenceRouter = router({
  /** A file's bytes (or its thumbnail's), with its name and the type found from its content, for the download route. */
  file: permitted('evidence.read')
    .input(fileInput)
    .query(async ({ ctx, input }) => {
      const f = schema.evidenceFile;
      const [row] = await ctx.tx
        .select({ sha256: f.sha256, thumbnailKey: f.thumbnailKey, fileName: f.fileName, mime: f.mime })
        .from(f)
        .where(eq(f.id, input.fileId));
      if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
      return evidenceDownload(row, input.thumbnail);
    }),
});
