import { TremplinForm } from './form/tremplin-form.js';
import { TremplinReferralForm } from './components/referral-form.js';
import { TremplinChanceRequest } from './components/chance-request.js';
import { TremplinActionPlan } from './components/action-plan.js';
import { TremplinEligibility } from './components/eligibility.js';
import { TremplinIndicators } from './components/indicators.js';

/** Tag name → element class. */
export const TAG_NAMES = {
  'tremplin-form': TremplinForm,
  'tremplin-referral-form': TremplinReferralForm,
  'tremplin-chance-request': TremplinChanceRequest,
  'tremplin-action-plan': TremplinActionPlan,
  'tremplin-eligibility': TremplinEligibility,
  'tremplin-indicators': TremplinIndicators,
} as const;

/**
 * Registers the elements (all, or those named) in a registry, skipping tags already defined, so
 * that two copies of the package on one page do not throw.
 * @example defineTremplinElements(['tremplin-referral-form', 'tremplin-eligibility']);
 */
export function defineTremplinElements(tags: ReadonlyArray<keyof typeof TAG_NAMES> = Object.keys(TAG_NAMES) as Array<keyof typeof TAG_NAMES>, registry: CustomElementRegistry = customElements): void {
  for (const tag of tags) if (!registry.get(tag)) registry.define(tag, TAG_NAMES[tag]);
}

declare global {
  interface HTMLElementTagNameMap {
    'tremplin-form': TremplinForm;
    'tremplin-referral-form': TremplinReferralForm;
    'tremplin-chance-request': TremplinChanceRequest;
    'tremplin-action-plan': TremplinActionPlan;
    'tremplin-eligibility': TremplinEligibility;
    'tremplin-indicators': TremplinIndicators;
  }
}
