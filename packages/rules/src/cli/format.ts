import type { Locale } from '@tremplin/schemas';
import { getRuleset, RULESET_IDS } from '../registry.js';
import type { Decision } from '../types.js';

const MARK = { met: '✓', failed: '✗', missing: '?' } as const;

/** A decision as a person reads it in a terminal. */
export function formatDecision(d: Decision, locale: Locale): string {
  // Facts by their label, as the explanation names them; a rule set loaded by the host keeps ids.
  // The resolved data: facts added by amending versions and the factors forbidden in every rule set.
  const data = (RULESET_IDS as readonly string[]).includes(d.ruleset) ? getRuleset(d.ruleset).data : undefined;
  const label = (f: string) => data?.facts[f]?.label[locale] ?? data?.forbiddenFacts?.[f]?.label[locale] ?? f;
  const lines = [d.explanation[locale], ''];
  for (const c of d.conditions) {
    if (d.kind !== 'eligibility' && c.status === 'failed') continue;
    lines.push(`  ${MARK[c.status]} ${c.label[locale]}`);
    if (c.step && c.status === 'met') lines.push(`      → ${c.step[locale]}`);
    const colon = locale === 'fr' ? ' : ' : ': ';
    if (c.deadline?.date) lines.push(`      ${c.deadline.label[locale]}${colon}${c.deadline.date}`);
    if (c.missingFacts.length) lines.push(`      ${locale === 'fr' ? 'manque' : 'missing'}${colon}${c.missingFacts.map(label).join(', ')}`);
    lines.push(`      ${c.references.map((r) => r.citation).join(' ; ')}`);
  }
  if (d.ignoredFacts.length) {
    lines.push('', locale === 'fr' ? `Faits écartés (ne doivent pas peser) : ${d.ignoredFacts.map(label).join(', ')}` : `Facts set aside (must not weigh): ${d.ignoredFacts.map(label).join(', ')}`);
  }
  lines.push('', `${d.ruleset} ${d.version} (${locale === 'fr' ? 'en vigueur depuis le' : 'in force from'} ${d.validFrom}), ${locale === 'fr' ? 'au' : 'as of'} ${d.asOf}`);
  return lines.join('\n');
}
