/**
 * A small inline dataset shaped like the bundled one, so the matcher's unit tests don't move when the
 * real dataset's wording changes. Only the fields the matcher reads are meaningful.
 */
import type { Alias, AliasKind, Case, Dataset, Entity, EntityType } from '../../../lib/dataset/schema';

const SOURCE = { url: 'https://example.org/source', publisher: 'Example', tier: 'outlet' as const, date: '2025-04-10' };

type AliasSpec = string | [text: string, kind: AliasKind, ambiguous?: boolean];

function aliases(specs: AliasSpec[]): Alias[] {
  return specs.map((s) =>
    typeof s === 'string' ? { text: s, kind: 'name' } : { text: s[0], kind: s[1], ...(s[2] ? { ambiguous: true } : {}) },
  );
}

function entity(id: string, type: EntityType, name: string, specs: AliasSpec[], caseIds: string[] = [], famous = false): Entity {
  return {
    ...(famous ? { onlyOnCasePages: true } : {}),
    id,
    type,
    name,
    aliases: aliases(specs),
    title: 'Test entity',
    summary: 'A test entity.',
    sources: [SOURCE],
    roles: caseIds.map((caseId) => ({ caseId, role: 'party', sources: [SOURCE] })),
  };
}

function testCase(id: string, shortName: string, specs: AliasSpec[], courtId = 'd-md'): Case {
  return {
    id,
    topic: 't',
    caption: shortName,
    shortName,
    courtId,
    level: 'district',
    judges: [],
    status: 'pending',
    statusLine: 'Pending.',
    statusAsOf: '2025-04-10',
    statusSources: [SOURCE],
    aliases: aliases(specs),
    relatedCaseIds: [],
    events: [],
  };
}

const MAIN = ['agv-noem'];

export const testDataset: Dataset = {
  version: 1,
  asOf: '2025-12-01',
  topics: [{ id: 't', label: 'T' }],
  entities: [
    entity('kilmar-abrego-garcia', 'person', 'Kilmar Armando Abrego Garcia', [
      'Kilmar Abrego Garcia',
      'Kilmar Abrego',
      ['Abrego Garcia', 'surname'],
      ['Abrego', 'contextual'],
      ['Garcia', 'contextual'],
      ['Kilmer Abrego Garcia', 'misspelling'],
    ], [...MAIN, 'agv-noem-4th', 'noem-v-agv']),
    entity('paula-xinis', 'person', 'Paula Xinis', [['Xinis', 'surname'], 'Judge Xinis'], MAIN),
    entity('nayib-bukele', 'person', 'Nayib Bukele', [['Bukele', 'surname'], 'President Bukele'], MAIN),
    entity('donald-trump', 'person', 'Donald J. Trump', ['Donald Trump', 'President Trump', ['Trump', 'contextual']], MAIN),
    entity('marco-rubio', 'person', 'Marco Rubio', ['Secretary Rubio', ['Rubio', 'surname']], MAIN),
    entity('kristi-noem', 'person', 'Kristi Noem', ['Secretary Noem', ['Noem', 'contextual']], MAIN),
    entity('pam-bondi', 'person', 'Pam Bondi', ['Attorney General Bondi', ['Bondi', 'surname']], MAIN),
    entity('robert-cerna', 'person', 'Robert L. Cerna', ['Robert Cerna', ['Cerna', 'surname']], MAIN),
    entity('joseph-mazzara', 'person', 'Joseph Mazzara', [['Mazzara', 'surname'], ['Mazarra', 'misspelling'], ['Joseph Mazarra', 'misspelling']], MAIN),
    entity('stephen-miller', 'person', 'Stephen Miller', [['Miller', 'surname', true]], MAIN),
    entity('robert-king', 'person', 'Robert B. King', ['Judge King', ['King', 'surname', true]], ['agv-noem-4th']),
    entity('john-roberts', 'person', 'John G. Roberts Jr.', ['Chief Justice Roberts', ['Roberts', 'surname', true]], ['noem-v-agv']),
    entity('ketanji-brown-jackson', 'person', 'Ketanji Brown Jackson', ['Justice Jackson', ['Jackson', 'surname', true]], ['noem-v-agv']),
    entity('justin-walker', 'person', 'Justin Walker', ['Judge Walker', ['Walker', 'surname', true]]),
    entity('philip-taylor', 'person', 'Philip Taylor', ['Judge Taylor', ['Taylor', 'surname', true]]),
    entity('cecot', 'organization', 'Centro de Confinamiento del Terrorismo (CECOT)', ['CECOT', 'Terrorism Confinement Center']),
    entity('ms-13', 'organization', 'MS-13 (Mara Salvatrucha)', ['MS-13']),
    entity('ice', 'organization', 'U.S. Immigration and Customs Enforcement (ICE)', [['ICE', 'abbreviation']]),
    entity('dhs', 'organization', 'U.S. Department of Homeland Security (DHS)', [['DHS', 'abbreviation'], 'Homeland Security']),
    entity('doj', 'organization', 'U.S. Department of Justice (DOJ)', [['DOJ', 'abbreviation'], 'Justice Department']),
    entity('el-salvador', 'place', 'El Salvador', ['Republic of El Salvador'], MAIN),
    // Famous: marked only on a page about one of their cases (the relevance rule).
    entity('jd-vance', 'person', 'JD Vance', ['Vice President Vance'], MAIN, true),
    entity('maryland', 'place', 'Maryland', [], MAIN),
    entity('supreme-court', 'court', 'Supreme Court of the United States', ['Supreme Court', 'U.S. Supreme Court']),
    entity('fourth-circuit', 'court', 'U.S. Court of Appeals for the Fourth Circuit', ['Fourth Circuit', '4th Circuit']),
    entity('d-md', 'court', 'U.S. District Court for the District of Maryland', []),
  ],
  cases: [
    testCase('agv-noem', 'Abrego Garcia v. Noem', ['Abrego Garcia v. Noem']),
    testCase('agv-noem-4th', 'Abrego Garcia v. Noem (4th Cir.)', [], 'fourth-circuit'),
    testCase('noem-v-agv', 'Noem v. Abrego Garcia', ['Noem v. Abrego Garcia'], 'supreme-court'),
  ],
};
