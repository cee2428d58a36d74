import { DIFFERENCE_KINDS, RESOLUTIONS } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, requiredText } from '../../inputs';
import { isoDate, isoMonth } from '../../register/fields';

export const compareInput = z.object({
  jobId: entityId(),
  checkTitle: requiredText(100),
  asOf: isoDate(),
  month: isoMonth().optional(),
  countyId: entityId().optional(),
});

export const checkInput = z.object({
  checkId: entityId(),
  ...listInput,
  kind: z.enum(DIFFERENCE_KINDS).optional(),
  resolution: z.enum(RESOLUTIONS).optional(),
});

export const explainInput = z.object({ differenceId: entityId(), reason: requiredText(200) });

export const raiseInput = z.object({
  differenceId: entityId(),
  ownerId: entityId(),
  deadline: isoDate(),
});

export const crossCityInput = z.object({ month: isoMonth() });
