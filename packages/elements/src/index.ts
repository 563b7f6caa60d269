/**
 * @tremplin/elements: Tremplin's forms as Lit web components, for any host page or framework.
 * This entry registers nothing (unused components are tree-shaken); `@tremplin/elements/define`
 * registers them all, `@tremplin/elements/define/<tag>` one (a page then carries only its code).
 *
 * @example
 * import '@tremplin/elements/define';
 * // <tremplin-referral-form draft-key="referral"></tremplin-referral-form>
 *
 * @module elements
 */
export { TremplinForm, type FormValidator, type FieldValidator, type RecordValidator, type HostError, type TremplinChangeDetail, type TremplinSubmitDetail, type TremplinInvalidDetail, type TremplinLoadDetail, type TremplinDraftRestoredDetail, type TremplinDraftErrorDetail } from './form/tremplin-form.js';
export { TremplinReferralForm } from './components/referral-form.js';
export { TremplinChanceRequest } from './components/chance-request.js';
export { TremplinActionPlan } from './components/action-plan.js';
export { TremplinEligibility } from './components/eligibility.js';
export { TremplinIndicators } from './components/indicators.js';
export { memoryDraftStore, pageDraftStore, type DraftStore, type SavedDraft } from './drafts.js';
export { encryptedDraftStore, indexedDbStorage, type DraftStorage, type EncryptedDraftStoreOptions } from './encrypted-drafts.js';
export { REFERRAL_HINTS, CHANCE_REQUEST_HINTS, ACTION_PLAN_HINTS, type UiHints, type Step, type ItemAction } from './model/hints.js';
export type { Widget, SchemaNode } from './model/schema-tree.js';
export { defineTremplinElements, TAG_NAMES } from './registry.js';
export { TremplinElementsError, isTremplinElementsError, type ElementsErrorCode } from './elements-error.js';
export { registerWidget, type WidgetElementProps } from './form/widget-registry.js';
export { registerLocale, type HostLocale, type HostLabel } from './locales.js';
