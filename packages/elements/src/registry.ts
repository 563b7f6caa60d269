import { TremplinForm } from './form/tremplin-form.js';
import { TremplinReferralForm } from './components/referral-form.js';
import { TremplinChanceRequest } from './components/chance-request.js';
import { TremplinActionPlan } from './components/action-plan.js';
import { TremplinEligibility } from './components/eligibility.js';
import { TremplinIndicators } from './components/indicators.js';
import { defineOnce } from './define-once.js';
import { TremplinElementsError } from './elements-error.js';

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
 * that two copies of the package on one page do not throw. It holds every element's class, so a
 * page calling it carries them all (the eligibility panel brings the rules): a page with one element
 * imports that element's own entry, `@tremplin/elements/define/<tag>`, instead.
 * Throws a `TremplinElementsError`: `unknown-tag`, registering none, when a name is not one of ours;
 * `not-registered` when the registry refuses one (those before it stay registered).
 * @example defineTremplinElements(['tremplin-referral-form', 'tremplin-eligibility'], scopedRegistry);
 */
export function defineTremplinElements(tags: ReadonlyArray<keyof typeof TAG_NAMES> = Object.keys(TAG_NAMES) as Array<keyof typeof TAG_NAMES>, registry: CustomElementRegistry = customElements): void {
  // Checked before any is registered: a bad name registers none, with an error that names it (briefly).
  // Each name is read once, by index, and checked as it is read (2³² holes stop at the first): what is
  // registered is what was checked (a getter, a proxy or an own iterator cannot name something else
  // afterwards), and a list that cannot be read is our error, not the list's (its message may say anything).
  const names = new Set<string>();
  let said: string | undefined;
  try {
    if (!Array.isArray(tags)) throw 0;
    for (let i = 0, n = tags.length; i < n && !said; i++) {
      const tag: unknown = tags[i];
      if (typeof tag === 'string' && Object.hasOwn(TAG_NAMES, tag)) names.add(tag);
      // Its first 40 characters (whole ones: no emoji cut in two), quoted as JSON (a newline stays `\n`).
      else said = `${typeof tag === 'string' ? `${JSON.stringify(Array.from(tag.slice(0, 80)).slice(0, 40).join(''))}${tag.length > 40 ? '…' : ''}` : `(${typeof tag})`} is not a Tremplin element`;
    }
  } catch {
    said = 'expects an array of tag names';
  }
  if (said) throw new TremplinElementsError('unknown-tag', `defineTremplinElements: ${said} (see TAG_NAMES)`);
  // The registry may refuse (not a registry; one of our classes already defined under the host's own
  // tag): said as ours, with the registry's reason, briefly.
  try {
    for (const tag of names as Set<keyof typeof TAG_NAMES>) defineOnce(tag, TAG_NAMES[tag], registry);
  } catch (error) {
    const reason = error instanceof Error ? error.message : typeof error;
    throw new TremplinElementsError('not-registered', `defineTremplinElements: the registry refused an element: ${reason.slice(0, 160)}`);
  }
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
