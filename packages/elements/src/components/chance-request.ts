// The fields of the record this element shows (schema, labels, classes): it draws at once; its validator loads beside.
import '@tremplin/schemas/records/chance-request/fields';
import { TremplinForm } from '../form/tremplin-form.js';
import { recordSupport } from '../form/record-support.js';
import { CHANCE_REQUEST_HINTS, type UiHints } from '../model/hints.js';

/**
 * `<tremplin-chance-request>`: the request to join the CHANCE programme (Sofaxis / CDG).
 * Pair it with `<tremplin-eligibility for="…">` to show the live eligibility decision.
 * @example <tremplin-chance-request id="request" draft-key="chance-2026-17"></tremplin-chance-request>
 */
export class TremplinChanceRequest extends TremplinForm {
  protected static override recordSupport = recordSupport;
  constructor() {
    super();
    this.record = 'chance-request';
  }
  protected override defaultHints(): UiHints {
    return CHANCE_REQUEST_HINTS;
  }
}
