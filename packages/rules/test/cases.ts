import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Case {
  name: string;
  source: string;
  asOf: string;
  facts: Record<string, unknown>;
  expect: {
    outcome?: string;
    error?: string;
    version?: string;
    failed?: string[];
    missing?: string[];
    steps?: string[];
    missingFacts?: string[];
    missingFactsInclude?: string[];
    ignoredFacts?: string[];
    deadlines?: Record<string, string>;
  };
}

export function casesOf(ruleset: string): Case[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./cases/${ruleset}.cases.json`, import.meta.url)), 'utf8')) as Case[];
}
