import { describe, expect, it } from 'vitest';
import { decide, getRuleset, getRulesetData, loadRuleset, projectDecision, RULESET_IDS, type RulesetData } from './index.js';
import { factsRead } from './load.js';

/** A small rule set whose facts carry classes, as the shipped ones do once reviewed. */
const data = {
  id: 'secret-test',
  kind: 'eligibility',
  title: { fr: 'Test', en: 'Test' },
  description: { fr: 'Test', en: 'Test' },
  facts: {
    sector: { type: 'enum', values: ['prive', 'public'], label: { fr: 'Secteur', en: 'Sector' }, confidentiality: 'professional' },
    cause: { type: 'enum', values: ['maladie', 'accident-du-travail', 'invalidite'], label: { fr: 'Cause', en: 'Cause' }, confidentiality: 'medical' },
    days: { type: 'integer', label: { fr: 'Jours', en: 'Days' }, confidentiality: 'personal' },
    unclassed: { type: 'boolean', label: { fr: 'Sans classe', en: 'No class' }, confidentiality: 'professional' },
  },
  versions: [{
    version: '2020-01-01', validFrom: '2020-01-01', references: [{ citation: 'test', kind: 'guide' }],
    conditions: [
      { id: 'private', label: { fr: 'Droit privé', en: 'Private law' }, when: { fact: 'sector', operator: 'equal', value: 'prive' }, references: [{ citation: 't', kind: 'guide' }] },
      { id: 'work-accident', label: { fr: 'Accident du travail', en: 'Work accident' }, when: { all: [{ fact: 'cause', operator: 'equal', value: 'accident-du-travail' }, { fact: 'days', operator: 'greaterThan', value: 30 }] }, references: [{ citation: 't', kind: 'guide' }] },
    ],
  }],
} as unknown as RulesetData;
const ruleset = loadRuleset(data);
const asOf = '2026-03-02';

describe('projectDecision', () => {
  it('shows a condition on a medical fact as covered by medical secrecy, never met or not met', () => {
    for (const cause of ['accident-du-travail', 'maladie', undefined]) {
      const decision = decide(ruleset, { sector: 'public', days: 40, ...(cause ? { cause } : {}) }, { asOf });
      const p = projectDecision(decision, { audience: 'employer', ruleset });
      const c = p.conditions.find((x) => x.id === 'work-accident')!;
      expect(c.status).toBe('secret');
      expect(c.explanation).toEqual({ fr: '« Accident du travail » : couvert par le secret médical.', en: '“Work accident”: covered by medical secrecy.' });
      expect(c.missingFacts).not.toContain('cause');
      expect(p.missingFacts).not.toContain('cause');
      expect(p.trace.map((t) => t.fact)).not.toContain('cause');
      for (const leak of ['remplie : Accident du travail', 'Information manquante pour conclure : Accident', 'met: Work accident', 'missing to conclude: Work accident']) {
        expect(JSON.stringify(p)).not.toContain(leak);
      }
      expect(p.withheld).toEqual({ conditions: ['work-accident'], facts: ['cause'] });
      // The failed visible condition decides the outcome whatever the hidden one says: shown.
      expect(p.outcome).toBe('not-eligible');
      expect(p.conditions.find((x) => x.id === 'private')!.status).toBe('failed');
    }
  });

  it('covers the outcome when it would tell the hidden condition', () => {
    const met = projectDecision(decide(ruleset, { sector: 'prive', cause: 'accident-du-travail', days: 40 }, { asOf }), { audience: 'employer', ruleset });
    const failed = projectDecision(decide(ruleset, { sector: 'prive', cause: 'maladie', days: 40 }, { asOf }), { audience: 'employer', ruleset });
    expect(met.outcome).toBe('secret');
    expect(failed.outcome).toBe('secret');
    // Nothing in the two employer reports differs but the decision's date-independent parts: they cannot be told apart.
    const strip = (p: typeof met) => JSON.stringify({ ...p, trace: p.trace.filter((t) => t.fact !== 'cause') });
    expect(strip(met)).toBe(strip(failed));
    expect(met.explanation.fr).toContain('couvert par le secret médical');
  });

  it('counts a fact with no class as medical (fail closed)', () => {
    const loaded = loadRuleset({ ...data, id: 'unclassed', versions: [{ ...data.versions[0]!, conditions: [{ ...data.versions[0]!.conditions![0]!, id: 'flag', when: { fact: 'unclassed', operator: 'equal', value: true } }] }] });
    // The loader refuses a fact without a class; a rule set object built some other way still fails closed.
    const { confidentiality: _, ...bare } = loaded.data.facts.unclassed as { confidentiality?: string };
    expect(() => loadRuleset({ ...loaded.data, facts: { ...loaded.data.facts, unclassed: bare } } as unknown as RulesetData)).toThrow(/confidentiality/);
    const unclassed = { ...loaded, data: { ...loaded.data, facts: { ...loaded.data.facts, unclassed: bare } } } as unknown as typeof loaded;
    const p = projectDecision(decide(unclassed, { unclassed: true }, { asOf }), { audience: 'commission', ruleset: unclassed });
    expect(p.conditions[0]!.status).toBe('secret');
    expect(p.outcome).toBe('secret');
  });

  it('gives the worker and occupational health the whole decision, as a copy', () => {
    const decision = decide(ruleset, { sector: 'prive', cause: 'accident-du-travail', days: 40 }, { asOf });
    for (const audience of ['worker', 'occupational-health'] as const) {
      const p = projectDecision(decision, { audience, ruleset });
      expect(p.conditions).toEqual(decision.conditions);
      expect(p.outcome).toBe('eligible');
      expect(p.conditions).not.toBe(decision.conditions);
    }
  });

  it('visites: the employer report never shows the status of a condition reading the cause of the stoppage', () => {
    const visites = getRuleset('visites');
    const medical = (fact: string) => {
      const spec = (visites.data.facts as Record<string, { confidentiality?: string }>)[fact];
      return !spec || spec.confidentiality === undefined || spec.confidentiality === 'medical';
    };
    for (const stoppageCause of ['maladie', 'accident-du-travail', 'maladie-professionnelle', 'maternite']) {
      const decision = decide(visites, { employmentSector: 'prive', stoppageInProgress: false, stoppageCause, stoppageDays: 90, returnDate: '2026-03-02' }, { asOf });
      const p = projectDecision(decision, { audience: 'employer' });
      for (const c of p.conditions) {
        const reads = factsRead(visites.versions.at(-1)!.data.conditions.find((x) => x.id === c.id)!.when);
        if (reads.some(medical)) expect(c.status, c.id).toBe('secret');
      }
      expect(JSON.stringify(p)).not.toContain(stoppageCause === 'maladie' ? '"actual":"maladie"' : `"actual":"${stoppageCause}"`);
    }
  });

  it('projects every shipped rule set\'s decision without throwing', () => {
    for (const id of RULESET_IDS) {
      const decision = decide(getRuleset(id), {}, { asOf });
      expect(() => projectDecision(decision, { audience: 'employer' })).not.toThrow();
      expect(getRulesetData(id).id).toBe(id);
    }
  });

  it('rejects an unknown audience with a typed error', () => {
    const decision = decide(ruleset, {}, { asOf });
    expect(() => projectDecision(decision, { audience: 'boss' as never, ruleset })).toThrow(/audience/);
  });

  it('says nothing of the forbidden facts a caller gave (« Grossesse », « Caractéristiques génétiques »): their presence is not the reader\'s', () => {
    const without = projectDecision(decide(ruleset, { sector: 'public', cause: 'maladie', days: 40 }, { asOf }), { audience: 'employer', ruleset });
    for (const given of [{ pregnancy: true }, { geneticCharacteristics: 'x' }]) {
      const p = projectDecision(decide(ruleset, { sector: 'public', cause: 'maladie', days: 40, ...given }, { asOf }), { audience: 'employer', ruleset });
      const text = JSON.stringify(p);
      expect(text).not.toMatch(/pregnancy|geneticCharacteristics|Grossesse|génétiques/);
      expect(p.withheld).toEqual(without.withheld);
      expect(p.ignoredReasons).toEqual([]);
    }
  });

  it('keeps no trace entry of a covered condition, even on a fact the reader may read', () => {
    const p = projectDecision(decide(ruleset, { sector: 'public', cause: 'maladie', days: 40 }, { asOf }), { audience: 'employer', ruleset });
    expect(p.trace.filter((t) => t.condition === 'work-accident')).toEqual([]);
  });

  it('covers a condition whose deadline counts from a medical date, even when its test reads no medical fact', () => {
    const dated = loadRuleset({
      ...data,
      id: 'secret-deadline',
      facts: { ...data.facts, returnDate: { type: 'date', label: { fr: 'Date de reprise', en: 'Return date' }, confidentiality: 'medical' } },
      versions: [{
        ...data.versions[0]!,
        conditions: [{ ...data.versions[0]!.conditions![0]!, deadline: { label: { fr: 'Visite au plus tard', en: 'Visit due by' }, from: 'returnDate', add: { days: 8 } } }],
      }],
    } as unknown as RulesetData);
    const p = projectDecision(decide(dated, { sector: 'prive', returnDate: '2026-03-10' }, { asOf }), { audience: 'employer', ruleset: dated });
    expect(JSON.stringify(p)).not.toContain('2026-03-18');
    expect(p.conditions[0]!.status).toBe('secret');
  });

  it('a path: what is withheld does not tell how far the procedure went past the first covered branch', () => {
    const L = (x: string) => ({ fr: x, en: x });
    const ref = [{ citation: 't', kind: 'guide' }];
    const path = loadRuleset({
      id: 'secret-path', kind: 'path', title: L('T'), description: L('T'),
      facts: {
        sector: { type: 'enum', values: ['a', 'b'], label: L('Secteur'), confidentiality: 'professional' },
        unfit: { type: 'enum', values: ['temp', 'def', 'all', 'none'], label: L('Inaptitude'), confidentiality: 'medical' },
      },
      versions: [{
        version: '2020-01-01', validFrom: '2020-01-01', references: ref,
        conditions: [
          { id: 'temp', label: L('Inaptitude temporaire'), step: L('congé'), when: { fact: 'unfit', operator: 'equal', value: 'temp' }, references: ref },
          { id: 'def', label: L('Inaptitude définitive'), step: L('reclassement'), when: { fact: 'unfit', operator: 'equal', value: 'def' }, references: ref },
          { id: 'all', label: L('Inaptitude à toutes fonctions'), step: L('retraite pour invalidité'), when: { fact: 'unfit', operator: 'equal', value: 'all' }, references: ref },
          { id: 'fit', label: L('Secteur b'), step: L('maintien'), when: { fact: 'sector', operator: 'equal', value: 'b' }, references: ref },
        ],
      }],
    } as unknown as RulesetData);
    const facts = ['temp', 'def', 'all', 'none'].flatMap((unfit) => [{ sector: 'a', unfit }, { unfit }]);
    const reports = facts.map((f) => projectDecision(decide(path, f, { asOf }), { audience: 'employer', ruleset: path }));
    // Past a covered branch, even a readable one's trace or missing facts would say the path went on.
    const seen = (r: (typeof reports)[number]) => ({ trace: r.trace, missingFacts: r.missingFacts, steps: r.steps });
    for (const sectorGiven of [true, false]) {
      const group = reports.filter((_, i) => ('sector' in facts[i]!) === sectorGiven);
      for (const r of group) expect(seen(r)).toEqual(seen(group[0]!));
    }
    // Stopping at « temporaire » or going on to « retraite pour invalidité »: the reader sees the same report.
    for (const r of reports) {
      expect(r.withheld).toEqual(reports[0]!.withheld);
      expect(r.conditions).toEqual(reports[0]!.conditions);
      expect(r.explanation).toEqual(reports[0]!.explanation);
    }
  });

  it('lists no missing fact that a covered condition needs only when its medical part holds', () => {
    // « days » is needed only when the cause is a work accident: asking for it would say so.
    for (const kind of ['eligibility', 'checklist'] as const) {
      const versions = data.versions.map((v) => ({ ...v, conditions: v.conditions!.map((c) => ({ ...c, step: { fr: 'Étape', en: 'Step' } })) }));
      const r = loadRuleset({ ...data, id: `secret-missing-${kind}`, kind, versions } as unknown as RulesetData);
      const [illness, accident] = ['maladie', 'accident-du-travail'].map((cause) => projectDecision(decide(r, { sector: 'prive', cause }, { asOf }), { audience: 'employer', ruleset: r }));
      expect(accident!.missingFacts).toEqual(illness!.missingFacts);
      expect(accident!.conditions).toEqual(illness!.conditions);
      expect(accident!.explanation).toEqual(illness!.explanation);
    }
  });
});
