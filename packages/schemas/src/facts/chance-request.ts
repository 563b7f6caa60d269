import type { ChanceRequest } from '../generated/types.js';

/** Facts read by the `chance` rule set (the five conditions of the CHANCE leaflet). */
export interface ChanceFacts {
  stoppageInProgress?: boolean;
  insuredRisk?: boolean;
  employerSigned?: boolean;
  agentSigned?: boolean;
  medicalIncapacity?: 'aucune' | 'partielle' | 'totale';
  occupationalHealthAgreement?: 'en-attente' | 'accorde' | 'refuse';
  providerAgreement?: 'en-attente' | 'accorde' | 'refuse';
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
  if (request.occupationalHealthAgreement) facts.occupationalHealthAgreement = request.occupationalHealthAgreement.status;
  if (request.providerAgreement) facts.providerAgreement = request.providerAgreement.status;
  return facts;
}
