// The audiences and what each may read are part of the data model: @tremplin/elements shows the
// same fields on screen as this package prints.
export { AUDIENCES, AUDIENCE_LABELS, isAudience, isVisible, type Audience } from '@tremplin/schemas';
