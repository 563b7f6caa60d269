import { validatorFor } from '@tremplin/schemas/core';

/** The validators of our records: a chunk loaded with a record's own validator, after its form is drawn. */
export const validationSupport = { validatorFor };
export type ValidationSupport = typeof validationSupport;
