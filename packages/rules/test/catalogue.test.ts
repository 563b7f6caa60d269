import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listRules, listVersions, RULESET_IDS } from '../src/index.js';
// @ts-expect-error -- plain ESM script without types
import { renderCatalogue } from '../scripts/catalogue.mjs';

describe('rules catalogue', () => {
  it('lists every condition of every version with a reference and its dates', () => {
    const rows = listRules();
    expect(new Set(rows.map((r) => r.ruleset))).toEqual(new Set(RULESET_IDS));
    for (const r of rows) {
      expect(r.references.length).toBeGreaterThan(0);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const path = rows.filter((r) => r.ruleset === 'reclassement-path');
    expect(path.find((r) => r.version === 'ppr-2019')?.validUntil).toBe('2022-02-28');
    expect(path.find((r) => r.version === 'ppr-2019')?.validFrom).toBe('2019-03-08');
    expect(path.find((r) => r.version === 'cgfp-2022')?.validUntil).toBe('2022-04-30');
    expect(path.find((r) => r.version === 'decret-2022-626')?.validUntil).toBeNull();
    expect(path.find((r) => r.version === 'decret-2022-626' && r.condition === 'ppr-a-la-demande-de-l-agent')?.change).toBe('added');
    expect(path.find((r) => r.version === 'decret-2022-626' && r.condition === 'ppr-a-la-reprise')?.change).toBe('replaced');
    expect(path.find((r) => r.version === 'decret-2022-626' && r.condition === 'stagiaire')?.change).toBe('unchanged');
  });

  it('shows, for each amending version, what changed and from which text', () => {
    const v = listVersions().find((x) => x.ruleset === 'reclassement-path' && x.version === 'decret-2022-626')!;
    expect(v.diff?.amends).toBe('cgfp-2022');
    expect(v.diff?.addedReferences.map((r) => r.citation).join()).toContain('2022-626');
    expect(v.diff?.replacedConditions.map((c) => c.id)).toContain('periode-preparation-reclassement');
    expect(renderCatalogue()).toContain('**Modifie `cgfp-2022`**');
  });

  it('docs/rules-catalogue.md is up to date (run `pnpm run docs` after changing rule data)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../docs/rules-catalogue.md', import.meta.url)), 'utf8');
    expect(committed).toBe(renderCatalogue());
  });
});
