import { isVisible, projectFor } from '@tremplin/schemas/projection';

/**
 * The audience projection of @tremplin/schemas (with the consent record's validator), for record
 * forms: a chunk loaded beside the record. A form with no audience shows its fields before it arrives
 * (it needs it only for `valueFor`); a form with an audience shows nothing until it is here.
 */
export const projectionSupport = { isVisible, projectFor };
export type ProjectionSupport = typeof projectionSupport;
