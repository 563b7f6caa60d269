import type { ChanceRequest } from '../generated/types.js';

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

/** Facts for the `chance` rule set from a CHANCE request. What the request does not say stays absent. */
export function chanceRequestToFacts(request: ChanceRequest): ChanceFacts {
  const facts: ChanceFacts = {
    stoppageInProgress: request.stoppage.inProgress,
    employerSigned: request.signatures.employer.signed,
    agentSigned: request.signatures.agent.signed,
  };
  if (request.stoppage.insuredRisk !== undefined) facts.insuredRisk = request.stoppage.insuredRisk;
  if (request.medicalOpinion) facts.medicalIncapacity = request.medicalOpinion.incapacity;
  const decided = (a?: { status: string }) => (a && a.status !== 'en-attente' ? (a.status as 'accorde' | 'refuse') : undefined);
  const occupational = decided(request.occupationalHealthAgreement);
  if (occupational) facts.occupationalHealthAgreement = occupational;
  const provider = decided(request.providerAgreement);
  if (provider) facts.providerAgreement = provider;
  return facts;
}
