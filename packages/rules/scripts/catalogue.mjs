// Writes docs/rules-catalogue.md from the rule data: every condition of every version, with its
// dates and references. Run by `pnpm docs`; a test fails when the committed page is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listRules, getRulesetData, RULESET_IDS } from '../dist/index.js';

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
  for (const id of RULESET_IDS) {
    const data = getRulesetData(id);
    out.push(`## ${data.title.fr} — \`${id}\``, '', data.description.fr, '', `*${data.description.en}*`, '');
    out.push(`Type : \`${data.kind}\`. Faits : ${Object.keys(data.facts).map((f) => `\`${f}\``).join(', ')}.`, '');
    if (data.forbiddenFacts) {
      out.push(`**Facteurs interdits** (refusés au chargement s'ils sont lus, écartés s'ils sont fournis) : ${Object.values(data.forbiddenFacts).map((f) => f.label.fr).join(' ; ')}.`, '');
    }
    const versions = [...new Set(rows.filter((r) => r.ruleset === id).map((r) => r.version))];
    for (const version of versions) {
      const vrows = rows.filter((r) => r.ruleset === id && r.version === version);
      const v = data.versions.find((x) => x.version === version);
      out.push(`### Version \`${version}\` — du ${vrows[0].validFrom} ${vrows[0].validUntil ? `au ${vrows[0].validUntil}` : 'à ce jour'}`, '');
      if (v.note) out.push(v.note, '');
      out.push(`Références : ${v.references.map((r) => escape(r.citation)).join(' ; ')}`, '');
      out.push('| Condition | Libellé | Expression | Références |', '|---|---|---|---|');
      for (const r of vrows) {
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
