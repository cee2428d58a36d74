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

const differenceFilter = {
  checkId: entityId(),
  search: listInput.search,
  kind: z.enum(DIFFERENCE_KINDS).optional(),
  resolution: z.enum(RESOLUTIONS).optional(),
};
export const checkInput = z.object({ ...differenceFilter, page: listInput.page });
export const exportInput = z.object(differenceFilter);

export const explainInput = z.object({ differenceId: entityId(), reason: requiredText(200) });

export const raiseInput = z.object({
  differenceId: entityId(),
  ownerId: entityId(),
  deadline: isoDate(),
});

export const crossCityInput = z.object({ month: isoMonth() });
