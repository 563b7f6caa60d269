import type { RecordName } from '@tremplin/schemas';
import { computeIndicators, decide, getRuleset } from '@tremplin/rules';
import type { DocumentName } from '../src/index.js';
import { examples } from './support.js';

/** A typical record of each document: the schemas' first example, a decision, indicators. */
export function sampleOf(document: DocumentName): unknown {
  if (document === 'decision-report') {
    return decide(getRuleset('reclassement-path'), { agentStatus: 'titulaire', unfitness: 'definitive-fonctions', postAdaptable: false, inDetachment: false, pprStatus: 'a-proposer', boardOpinionDate: '2026-10-15' }, { asOf: '2026-11-24' });
  }
  if (document === 'indicators') return computeIndicators(examples('action-plan'));
  return examples(document as RecordName)[0];
}
