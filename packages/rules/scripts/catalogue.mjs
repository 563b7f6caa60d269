// Writes docs/rules-catalogue.md from the rule data: every condition of every version, with its
// dates and references. Run by `pnpm docs`; a test fails when the committed page is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listRules, listVersions, getRulesetData, resolveRuleset, FORBIDDEN_FACTORS, RULESET_IDS } from '../dist/index.js';

const escape = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderCatalogue() {
  const rows = listRules();
  const out = [
    '# Catalogue des règles / Rules catalogue',
    '',
    '> Généré depuis les fichiers `packages/rules/rulesets/*.rules.json` par `pnpm run docs`. Ne pas modifier à la main.',
    '> Generated from the rule data by `pnpm run docs`. Do not edit by hand.',
    '',
  ];
  out.push('## Facteurs interdits pour toutes les règles / Forbidden factors for every rule set', '',
    "Déclarés une fois (`rulesets/forbidden-factors.json`) : une règle qui en lit un est refusée au chargement ; un fait portant l'un d'eux est écarté, sans changer la décision, et listé dans `ignoredFacts` / `ignoredReasons`.", '',
    Object.entries(FORBIDDEN_FACTORS).map(([k, f]) => `\`${k}\` (${f.label.fr})`).join(' ; ') + '.', '');
  for (const id of RULESET_IDS) {
    const data = resolveRuleset(getRulesetData(id));
    out.push(`## ${data.title.fr} — \`${id}\``, '', data.description.fr, '', `*${data.description.en}*`, '');
    out.push(`Type : \`${data.kind}\`. Faits (confidentialité) : ${Object.entries(data.facts).map(([f, s]) => `\`${f}\` (${s.confidentiality})`).join(', ')}.`, '');
    const own = Object.keys(getRulesetData(id).forbiddenFacts ?? {});
    if (own.length) out.push(`**Facteurs interdits propres à cette règle** : ${own.map((f) => data.forbiddenFacts[f].label.fr).join(' ; ')}.`, '');
    for (const v of listVersions([getRulesetData(id)])) {
      const version = v.version;
      const vrows = rows.filter((r) => r.ruleset === id && r.version === version);
      out.push(`### Version \`${version}\` — du ${v.validFrom} ${v.validUntil ? `au ${v.validUntil}` : 'à ce jour'}`, '');
      if (v.note) out.push(v.note, '');
      if (v.diff) {
        const d = v.diff;
        out.push(`**Modifie \`${d.amends}\`** — ce qui change, et d'après quel texte :`, '');
        if (d.addedReferences.length) out.push(`- textes ajoutés : ${d.addedReferences.map((r) => escape(r.citation)).join(' ; ')}`);
        if (d.removedReferences.length) out.push(`- textes retirés : ${d.removedReferences.map(escape).join(' ; ')}`);
        if (d.addedFacts.length) out.push(`- faits ajoutés : ${d.addedFacts.map((f) => `\`${f}\``).join(', ')}`);
        if (d.removedFacts.length) out.push(`- faits retirés : ${d.removedFacts.map((f) => `\`${f}\``).join(', ')}`);
        if (d.addedConditions.length) out.push(`- conditions ajoutées : ${d.addedConditions.map((c) => `\`${c}\``).join(', ')}`);
        if (d.replacedConditions.length) out.push(`- conditions modifiées : ${d.replacedConditions.map((c) => `\`${c.id}\` (${c.fields.join(', ')})`).join(', ')}`);
        if (d.removedConditions.length) out.push(`- conditions retirées : ${d.removedConditions.map((c) => `\`${c}\``).join(', ')}`);
        const same = vrows.filter((r) => r.change === 'unchanged').map((r) => `\`${r.condition}\``);
        if (same.length) out.push(`- inchangées : ${same.join(', ')}`);
        out.push('');
      }
      out.push(`Références : ${v.references.map((r) => escape(r.citation)).join(' ; ')}`, '');
      const shown = v.diff ? vrows.filter((r) => r.change !== 'unchanged') : vrows;
      if (shown.length === 0) continue;
      out.push(v.diff ? '| Condition ajoutée ou modifiée | Libellé | Expression | Références |' : '| Condition | Libellé | Expression | Références |', '|---|---|---|---|');
      for (const r of shown) {
        const label = r.step ? `${r.label.fr} → ${r.step.fr}` : r.label.fr;
        const refs = r.references.map((x) => escape(x.citation) + (x.note ? ` *(${escape(x.note)})*` : '')).join('<br>');
        out.push(`| \`${r.condition}\` | ${escape(label)} | \`${escape(r.expression)}\` | ${refs} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../../../docs/rules-catalogue.md', import.meta.url);
  writeFileSync(target, renderCatalogue());
  console.log(`wrote ${fileURLToPath(target)}`);
}
