import { SCHOOL_TYPES, TERRAIN_CLASSES } from '@tongxing/domain';
import { z } from 'zod';
import { code, entityId, listInput, requiredText, sortDir } from '../../inputs';
import { isoDate } from '../../register/fields';

export const SCHOOL_SORTS = ['code', 'name', 'county'] as const;

/** A school's own fields: the forms and the Excel import check them the same way. */
export const schoolFields = {
  name: requiredText(60),
  schoolType: z.enum(SCHOOL_TYPES),
  /** One of the tenant's location classes (checked against its list). */
  locationClass: requiredText(20),
  terrainClass: z.enum(TERRAIN_CLASSES),
  address: z.string().trim().max(120).optional(),
  openedOn: isoDate().optional(),
  closedOn: isoDate().optional(),
  /** 优质校; left as it is when not given. */
  strong: z.boolean().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
};

/** Coordinates come as a pair: both or neither. */
const coordinatesPaired = <T extends { latitude?: number | null; longitude?: number | null }>(v: T) =>
  (v.latitude === undefined || v.latitude === null) === (v.longitude === undefined || v.longitude === null);
const pairIssue = { path: ['longitude'], params: { key: 'coordinates_pair' } };

export const listSchoolsInput = z
  .object({
    ...listInput,
    countyId: entityId().optional(),
    schoolType: z.enum(SCHOOL_TYPES).optional(),
    locationClass: z.string().trim().max(20).optional(),
    sort: z.enum(SCHOOL_SORTS).default('code'),
    dir: sortDir(),
  })
  .default({ page: 1, sort: 'code', dir: 'asc' });

export const createSchoolInput = z.object({ countyId: entityId(), code: code(), ...schoolFields }).refine(coordinatesPaired, pairIssue);
export const updateSchoolInput = z.object({ schoolId: entityId(), ...schoolFields }).refine(coordinatesPaired, pairIssue);
export const schoolIdInput = z.object({ schoolId: entityId() });
export const staffInput = z.object({ schoolId: entityId(), asOf: isoDate().optional() });
