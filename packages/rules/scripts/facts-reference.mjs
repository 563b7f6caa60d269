// Writes docs/facts-reference.md from the rule data, through the public factsReference(): what an HR
// suite sends to each rule set. Run by `pnpm run docs`; a test fails when the committed page is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derivedFormula, factsReference, factValues, RULESET_IDS } from '../dist/index.js';

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => (s ? `\`${cell(s)}\`` : '');

export function renderFactsReference() {
  const out = [
    '# Faits à fournir / Facts reference',
    '',
    '> Généré depuis les fichiers `packages/rules/rulesets/*.rules.json` par `pnpm run docs`. Ne pas modifier à la main.',
    '> Generated from the rule data by `pnpm run docs`. Do not edit by hand.',
    '',
    'What each rule set reads: the key to send, its type, the values it takes, its unit, what it means and',
    'the record field it usually comes from. A fact you do not know yet is left out (never guessed): the',
    'decision then says `incomplete` and lists it in `missingFacts`. A key not listed here, or a value of',
    'the wrong type, is refused with a `TremplinRulesError` naming it. The same data in code:',
    '`factsReference(id)` from `@tremplin/rules`; in a terminal: `tremplin rules <id> --facts`. To map',
    'your own HR data to these facts, see [Decisions — map your own HR data to facts](rules.md#map-your-own-hr-data-to-facts).',
    '',
  ];
  for (const id of RULESET_IDS) {
    const ref = factsReference(id);
    out.push(`## ${ref.title.fr} — \`${id}\``, '', `*${ref.title.en}*`, '');
    out.push('| Fait / fact | Type | Valeurs / values | Unité / unit | Libellé | Label | Source | Lu par / read by |', '|---|---|---|---|---|---|---|---|');
    for (const f of ref.facts) {
      const unit = f.unit && f.type !== 'date' ? `${cell(f.unit.fr)} / ${cell(f.unit.en)}` : '';
      const readBy = [...new Set(f.readBy.map((r) => r.condition))].map(code).join(', ');
      out.push(`| \`${f.name}\` | ${f.type} | ${code(factValues(f))} | ${unit} | ${cell(f.label.fr)} | ${cell(f.label.en)} | ${cell(f.source)} | ${readBy} |`);
    }
    out.push('');
    for (const d of ref.derived) out.push(`Calculé, à ne pas envoyer / computed, not to send: \`${d.name}\` = \`${derivedFormula(d)}\` (${cell(d.label.fr)}).`, '');
    if (ref.forbidden.length) {
      out.push(`Ne doivent pas peser, écartés s'ils sont envoyés / must not weigh, set aside if sent: ${ref.forbidden.map((f) => `\`${f.name}\` (${cell(f.label.fr)})`).join(', ')}.`, '');
    }
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../../../docs/facts-reference.md', import.meta.url);
  writeFileSync(target, renderFactsReference());
  console.log(`wrote ${fileURLToPath(target)}`);
}
