import type { ChanceRequest } from '../generated/types.js';
import type { Draft } from '../draft.js';

/** Facts read by the `chance` rule set (the five conditions of the CHANCE leaflet). */
export interface ChanceFacts {
  stoppageInProgress?: boolean;
  insuredRisk?: boolean;
  employerSigned?: boolean;
  agentSigned?: boolean;
  medicalIncapacity?: 'aucune' | 'partielle' | 'totale';
  /** A pending agreement is not yet a fact: it stays absent, so the decision is `incomplete`, not `not-eligible`. */
  occupationalHealthAgreement?: 'accorde' | 'refuse';
  providerAgreement?: 'accorde' | 'refuse';
}

/**
 * Facts for the `chance` rule set from a CHANCE request, complete or still being typed: what the
 * request does not say stays absent.
 */
export function chanceRequestToFacts(request: Draft<ChanceRequest>): ChanceFacts {
  const facts: ChanceFacts = {};
  if (request.stoppage?.inProgress !== undefined) facts.stoppageInProgress = request.stoppage.inProgress;
  if (request.stoppage?.insuredRisk !== undefined) facts.insuredRisk = request.stoppage.insuredRisk;
  if (request.signatures?.employer?.signed !== undefined) facts.employerSigned = request.signatures.employer.signed;
  if (request.signatures?.agent?.signed !== undefined) facts.agentSigned = request.signatures.agent.signed;
  if (request.medicalOpinion?.incapacity) facts.medicalIncapacity = request.medicalOpinion.incapacity;
  const decided = (a?: { status?: string }) => (a?.status === 'accorde' || a?.status === 'refuse' ? a.status : undefined);
  const occupational = decided(request.occupationalHealthAgreement);
  if (occupational) facts.occupationalHealthAgreement = occupational;
  const provider = decided(request.providerAgreement);
  if (provider) facts.providerAgreement = provider;
  return facts;
}
