import type { Locale } from '@tremplin/schemas';
import { getRuleset, SECRET, type ProjectedDecision } from '@tremplin/rules';
import type { Block } from '../model.js';
import { formatDate } from '../format.js';

const STATUS = {
  fr: { met: 'remplie', failed: 'non remplie', missing: 'à compléter', secret: SECRET.fr },
  en: { met: 'met', failed: 'not met', missing: 'to complete', secret: SECRET.en },
} as const;

const RESULT = { fr: { true: 'vrai', false: 'faux', unknown: 'inconnu' }, en: { true: 'true', false: 'false', unknown: 'unknown' } } as const;

/** The rule set's title and fact labels, when it is one @tremplin/rules ships; ids otherwise. */
function vocabulary(decision: ProjectedDecision, locale: Locale) {
  try {
    const data = getRuleset(decision.ruleset).data;
    const facts: Record<string, string> = {};
    for (const [id, spec] of Object.entries(data.facts)) facts[id] = spec.label[locale];
    for (const [id, spec] of Object.entries(data.derivedFacts ?? {})) facts[id] = spec.label[locale];
    for (const [id, spec] of Object.entries(data.forbiddenFacts ?? {})) facts[id] = spec.label[locale];
    return { title: data.title[locale], fact: (id: string) => facts[id] ?? id };
  } catch {
    return { title: decision.ruleset, fact: (id: string) => id };
  }
}

const widths = (n: number[]) => n;

/**
 * A decision of @tremplin/rules on paper, as projectDecision gave it for the audience: conditions that
 * read a fact the reader may not read are « couvert par le secret médical », with no trace of that fact.
 */
export function decisionReportData(decision: ProjectedDecision, locale: Locale) {
  const fr = locale === 'fr';
  const v = vocabulary(decision, locale);
  const conditionLabel = new Map(decision.conditions.map((c) => [c.id, c.label[locale]]));
  const body: Block[] = [{ t: 'p', text: decision.explanation[locale] }];
  if (decision.outcome === 'secret') body.push({ t: 'p', muted: true, text: fr ? `Issue : ${SECRET.fr}.` : `Outcome: ${SECRET.en}.` });
  if (decision.missingFacts.length) {
    body.push({ t: 'h', level: 2, text: fr ? 'Faits à renseigner' : 'Facts to provide' }, { t: 'list', items: decision.missingFacts.map(v.fact) });
  }
  body.push({
    t: 'table', level: 2, title: 'Conditions',
    columns: fr ? ['Condition', 'Statut', 'Références'] : ['Condition', 'Status', 'References'],
    widths: widths([40, 14, 30]),
    rows: decision.conditions.map((c) => [
      [c.step ? `${c.label[locale]} → ${c.step[locale]}` : c.label[locale]],
      [STATUS[locale][c.status] + (c.deadline?.date ? ` (${formatDate(c.deadline.date, locale)})` : '')],
      c.references.map((r) => r.citation),
    ]),
  });
  body.push({ t: 'p', muted: true, text: `${fr ? 'Version des règles en vigueur depuis le ' : 'Rules in force since '}${formatDate(decision.validFrom, locale)} : ${decision.references.map((r) => r.citation).join(' ; ')}` });
  if (decision.trace.length) {
    body.push({
      t: 'table', level: 2, title: fr ? 'Trace' : 'Trace',
      columns: fr ? ['Condition', 'Fait', 'Attendu', 'Valeur', 'Résultat'] : ['Condition', 'Fact', 'Expected', 'Value', 'Result'],
      widths: widths([28, 22, 20, 14, 10]),
      rows: decision.trace.map((t) => [
        [conditionLabel.get(t.condition) ?? t.condition],
        [v.fact(t.fact)],
        [`${t.operator} ${JSON.stringify(t.expected)}`],
        [t.actual === undefined ? '—' : JSON.stringify(t.actual)],
        [RESULT[locale][String(t.result) as 'true' | 'false' | 'unknown'] ?? String(t.result)],
      ]),
    });
  }
  const withheld = [
    ...(decision.withheld.conditions.length ? [fr ? `${decision.withheld.conditions.length} condition(s) couverte(s) par le secret médical` : `${decision.withheld.conditions.length} condition(s) covered by medical secrecy`] : []),
    ...decision.withheld.facts.map(v.fact),
  ];
  return {
    withheld,
    title: fr ? 'Rapport de décision' : 'Decision report',
    subtitle: `${v.title} · ${fr ? 'version' : 'version'} ${decision.version} · ${fr ? 'au' : 'as of'} ${formatDate(decision.asOf, locale)}`,
    data: { body },
  };
}
