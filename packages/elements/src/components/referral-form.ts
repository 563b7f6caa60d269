// The fields of the record this element shows (schema, labels, classes): it draws at once; its validator loads beside.
import '@tremplin/schemas/records/referral/fields';
import { TremplinForm } from '../form/tremplin-form.js';
import { recordSupport } from '../form/record-support.js';
import { REFERRAL_HINTS, type UiHints } from '../model/hints.js';

/**
 * `<tremplin-referral-form>`: the fiche de signalement to the cellule PDP, in three steps.
 * The stoppage details appear only while a stoppage is in progress.
 * @example <tremplin-referral-form name="referral" draft-key="referral-new"></tremplin-referral-form>
 */
export class TremplinReferralForm extends TremplinForm {
  protected static override recordSupport = recordSupport;
  constructor() {
    super();
    this.record = 'referral';
  }
  protected override defaultHints(): UiHints {
    return REFERRAL_HINTS;
  }
}
