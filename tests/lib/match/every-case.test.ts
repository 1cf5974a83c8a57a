/**
 * Every case of the bundled dataset, the way a reader meets it: a short article of our own that names the
 * case by its caption and its people by their full names, scanned with the bundled dataset as the
 * extension does (matcher, relevance, cases the page is about), then each person's hover card. The card
 * must show the right person, their role in this case (or, for someone in more cases on the page than a
 * card lists, the cases that outrank it), and this case's status.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import type { Case } from '../../../lib/dataset/schema';
import { cardViewFor, MAX_CARD_ROLES } from '../../../lib/hover/card-view';
import { casesMentioned, compileMatcher, findMentions } from '../../../lib/match/index';
import { indexDataset } from '../../../lib/view/dataset-index';

const now = new Date('2026-12-02T00:00:00Z');
const matcher = compileMatcher(bundledDataset);
const index = indexDataset(bundledDataset);
const entities = new Map(bundledDataset.entities.map((e) => [e.id, e]));

/** The people of a case (people, not agencies or places), by their full names. */
function peopleOf(c: Case) {
  return bundledDataset.entities.filter((e) => e.type === 'person' && e.roles.some((r) => r.caseId === c.id));
}

function articleAbout(c: Case): string {
  const names = peopleOf(c).map((p) => p.name);
  return [
    `Court watch: where ${c.caption} stands.`,
    `The case, ${c.caption}, was back in the news this week.`,
    ...names.map((n, i) => `${i % 2 ? 'Also in the story' : 'In the filings'}, ${n} was named once more.`),
  ].join('\n\n');
}

function scan(text: string) {
  const mentions = findMentions(matcher, text);
  const counts: Record<string, number> = {};
  for (const m of mentions) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
  return { mentions, counts, caseIds: casesMentioned(matcher.targets, counts) };
}

describe.each(bundledDataset.cases.map((c) => [c.id, c] as const))('an article about %s', (_id, c) => {
  const page = scan(articleAbout(c));

  it('is about that case', () => {
    expect(page.caseIds).toContain(c.id);
  });

  it("finds its people and shows each with their role in it and the case's status", () => {
    const people = peopleOf(c);
    const found = people.filter((p) => (page.counts[p.id] ?? 0) > 0);
    // Names whose confirmed part alone is ambiguous may be left unmarked; everyone else is found.
    expect(found.length, `found ${found.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(people.length * 0.9));
    for (const person of found) {
      const view = cardViewFor(person.id, index, { counts: page.counts, caseIds: page.caseIds }, now);
      expect(view?.name, person.id).toBe(person.name);
      const roles = view?.roles ?? [];
      const role = roles.find((r) => r.caseId === c.id);
      if (role) {
        expect(role.role).toBe(entities.get(person.id)?.roles.find((r) => r.caseId === c.id)?.role);
      } else {
        // Only when the card is full of other cases this page is also about.
        expect(roles.length, `${person.id} has no role shown in ${c.id}`).toBe(MAX_CARD_ROLES);
        expect(roles.every((r) => page.caseIds.includes(r.caseId))).toBe(true);
      }
      if (view?.case?.item.id === c.id) expect(view.case.item.status).toBe(c.status);
    }
  });
});
