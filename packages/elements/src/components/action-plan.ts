// The fields of the record this element shows (schema, labels, classes): it draws at once; its validator loads beside.
import '@tremplin/schemas/records/action-plan/fields';
import { TremplinForm } from '../form/tremplin-form.js';
import { recordSupport } from '../form/record-support.js';
import { ACTION_PLAN_HINTS, type UiHints } from '../model/hints.js';

/**
 * `<tremplin-action-plan>`: the plan d'actions of a cellule or of the CHANCE programme. Actions are
 * added, reordered and completed in place; meetings, revisions (with who validated them) and
 * follow-ups are lists of their own; the exit appears once the plan ends.
 * @example <tremplin-action-plan name="plan" draft-key="plan-17"></tremplin-action-plan>
 */
export class TremplinActionPlan extends TremplinForm {
  protected static override recordSupport = recordSupport;
  constructor() {
    super();
    this.record = 'action-plan';
  }
  protected override defaultHints(): UiHints {
    return ACTION_PLAN_HINTS;
  }
}
