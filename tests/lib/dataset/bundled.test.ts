/**
 * The bundled dataset: valid, complete, honest about what the notes leave uncertain, and written in
 * our own words (no run of words copied from the research notes).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../../assets/dataset/index';
import { missingRequired } from '../../../lib/dataset/coverage';
import type { Dataset } from '../../../lib/dataset/schema';
import { validateDataset } from '../../../lib/dataset/validate';
import { SHARED_DIR } from '../../support/paths';

const TODAY = new Date().toISOString().slice(0, 10);
const result = validateDataset(rawDataset, TODAY);
const data = (result.ok ? result.dataset : rawDataset) as Dataset;
const caseById = (id: string) => data.cases.find((c) => c.id === id)!;

/** Every file of research notes the dataset is written from. */
const NOTE_FILES = [
  'facts/facts.md', 'facts/facts.json', 'facts/abrego-update.md', 'facts/abrego-update.json',
  ...['removals', 'enforcement', 'power', 'prosecutions'].flatMap((g) => [`facts/more-cases/${g}.md`, `facts/more-cases/${g}.json`]),
  'facts/more-cases/verification.md',
];

/** Our own words: no run of this many words may match the notes. */
const COPY_RUN = 10;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
}
function runs(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + COPY_RUN <= w.length; i++) out.add(w.slice(i, i + COPY_RUN).join(' '));
  return out;
}

describe('the bundled dataset', () => {
  it('passes every check', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers every required case and entity', () => {
    expect(missingRequired(data)).toEqual([]);
  });

  it('shows only verified docket numbers', () => {
    expect(caseById('abrego-garcia-i').docket).toContain('8:25-cv-00951-PX');
    expect(caseById('noem-v-abrego-garcia').docket).toContain('24A949');
    expect(caseById('jgg-v-trump').docket).toContain('25-cv-00766');
    // Confirmed by two court documents (abrego-update); the habeas and Sixth Circuit numbers are not.
    expect(caseById('us-v-abrego-garcia').docket).toBe('3:25-cr-00115');
    expect(caseById('abrego-garcia-ii').docket).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/26-5555|26-6466|8:25-cv-02780/);
  });

  it('dates the criminal dismissal only as after the February 2026 hearing, and flags it unconfirmed', () => {
    const c = caseById('us-v-abrego-garcia');
    expect(c.status).toBe('dismissed');
    expect(c.statusUncertain).toBe(true);
    expect(c.statusAsOf).toBe('after 2026-02-27');
    expect(c.statusAsOfNote).toMatch(/unconfirmed/);
    const dismissal = c.events.find((e) => /dismisses/.test(e.text));
    expect(dismissal?.date).toBe('after 2026-02-27');
    expect(dismissal?.uncertain).toBe(true);
  });

  it('has the 2019 grant of withholding in the immigration case, dated by its year', () => {
    const grant = caseById('abrego-garcia-removal').events.find((e) => /withholding/.test(e.text));
    expect(grant?.date).toBe('2019');
  });

  it('gives the Supreme Court stage of J.G.G. its own case and status', () => {
    const stage = caseById('trump-v-jgg');
    expect(stage.level).toBe('supreme');
    expect(stage.status).toBe('decided');
    expect(stage.aliases.map((a) => a.text)).toContain('Trump v. J.G.G.');
    expect(caseById('jgg-v-trump').aliases.map((a) => a.text)).not.toContain('Trump v. J.G.G.');
    expect(caseById('jgg-v-trump').relatedCaseIds).toContain('trump-v-jgg');
  });

  it('states only the confirmed part of a name', () => {
    const katz = data.entities.find((e) => e.id === 'evan-katz')!;
    expect(katz.name).toBe('Katz');
    expect(katz.nameNote).toMatch(/first name unconfirmed/);
  });

  it('has events in every court level the timeline spans', () => {
    const levels = new Set(data.cases.flatMap((c) => c.events.map((e) => e.level)));
    for (const level of ['district', 'appeals', 'supreme', 'criminal', 'immigration']) expect(levels).toContain(level);
  });

  it('knows the misspelling "Mazarra" and the accented "Ábrego García"', () => {
    const alias = (id: string) => data.entities.find((e) => e.id === id)!.aliases.map((a) => a.text);
    expect(alias('joseph-mazzara')).toContain('Mazarra');
    expect(alias('kilmar-abrego-garcia').some((a) => a.includes('Ábrego García'))).toBe(true);
  });

  // Titles are official names of offices ("Acting Deputy Director, Office of Immigration Litigation"), so they are not checked.
  it.skipIf(!existsSync(path.join(SHARED_DIR, 'facts/facts.md')))('copies no run of words from the notes', () => {
    const notes = NOTE_FILES.filter((f) => existsSync(path.join(SHARED_DIR, f)))
      .map((f) => readFileSync(path.join(SHARED_DIR, f), 'utf8'))
      .join('\n');
    const noteRuns = runs(notes);
    const ours: [string, string][] = [
      ...data.entities.flatMap((e) => [[`${e.id}.summary`, e.summary], ...e.roles.map((r) => [`${e.id}.role in ${r.caseId}`, r.role] as [string, string])] as [string, string][]),
      ...data.cases.flatMap((c) => [[`${c.id}.statusLine`, c.statusLine], ...c.events.flatMap((e) => [[`${e.id}.text`, e.text], [`${e.id}.significance`, e.significance ?? '']])] as [string, string][]),
    ];
    const copied = ours.filter(([, text]) => [...runs(text)].some((r) => noteRuns.has(r))).map(([where]) => where);
    expect(copied).toEqual([]);
  });
});
