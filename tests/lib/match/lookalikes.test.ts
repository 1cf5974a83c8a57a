/**
 * Look-alikes on pages about our cases, through the real path (bundled dataset, the page's two passes),
 * in the shape of compromise's own tests: short texts written for the purpose, each with what must be
 * marked in it. Each row: [the page's first paragraph, which makes it about a case; the paragraph under
 * test; the mentions expected in that paragraph, as "text=entity id"]. The tagger (compromise, through
 * lib/match/settle) must get every row right; without it the rules alone are scored and reported.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { compromiseMatchOptions } from '../../../lib/match/disambiguate-compromise';
import { compileMatcher, findPageMentions, type MatchOptions } from '../../../lib/match/index';

const COURT = 'The Supreme Court ruled in Trump v. CASA on Friday.';
const COOK = 'The Supreme Court heard Trump v. Cook, the Federal Reserve firing case. Lisa Cook was there.';
const PERRY = 'Judge April Perry ruled in Trump v. Illinois on Thursday.';
const BREYER = 'Judge Charles Breyer ruled in Newsom v. Trump on Tuesday.';
const MURPHY = 'Judge Brian Murphy ruled in D.V.D. v. DHS on Monday.';
const SLAUGHTER = 'The Supreme Court heard Trump v. Slaughter. Rebecca Slaughter and Andrew Ferguson were named.';
const ABREGO = 'Kilmar Abrego Garcia was returned from El Salvador.';
const JAMES = 'Lindsey Halligan signed the indictment of New York Attorney General Letitia James.';
const BOLTON = 'Judge Theodore Chuang set a trial date for John Bolton.';

const LOOK_ALIKES: [string, string, string[]][] = [
  // Justices by surname alone, and their look-alikes.
  [COURT, 'Jackson wrote a sharp dissent.', ['Jackson=ketanji-brown-jackson']],
  [COURT, 'Justice Jackson wrote a sharp dissent.', ['Jackson=ketanji-brown-jackson']],
  [COURT, 'Michael Jackson once sang at the White House.', []],
  [COURT, 'Jackson, Mississippi, filed a brief as a friend of the court.', []],
  [COURT, 'Officials in Jackson, Mississippi, filed a brief.', []],
  [COURT, 'Thomas dissented, joined by Gorsuch.', ['Thomas=clarence-thomas', 'Gorsuch=neil-gorsuch']],
  [COURT, 'Thomas Jefferson would not have approved, the brief said.', []],
  [COURT, 'Barrett wrote for the majority.', ['Barrett=amy-coney-barrett']],
  [COURT, 'Barrett Brown, a journalist, filed a brief.', []],
  [COURT, 'Kagan wrote separately.', ['Kagan=elena-kagan']],
  [COURT, 'The historian Robert Kagan disagreed.', []],
  [COURT, 'Gorsuch concurred.', ['Gorsuch=neil-gorsuch']],
  [COURT, 'Anne Gorsuch Burford ran the EPA.', []],
  // Breyer: Judge Charles Breyer of the Guard case; retired Justice Stephen Breyer is not in the dataset.
  [BREYER, 'Breyer said the deployment broke the law.', ['Breyer=charles-breyer']],
  [BREYER, 'Retired Justice Breyer spoke at a law school.', []],
  [BREYER, 'Stephen Breyer, the retired justice, spoke at a law school.', []],
  [COURT, 'Breyer, who retired from the court in 2022, said nothing.', []],
  // Cook: Lisa Cook; Cook County; a cook; Tim Cook.
  [COOK, 'Cook said she would keep working.', ['Cook=lisa-cook']],
  [COOK, "Cook's lawyers filed a reply.", ['Cook=lisa-cook']],
  [COOK, 'Cook County officials said nothing.', []],
  [COOK, 'The cook at the diner said nothing.', []],
  [COOK, 'Tim Cook of Apple said nothing.', []],
  [COOK, 'Cook the onions slowly, the recipe said.', []],
  // Another Cook named on the same page: the name the page gave last decides.
  [`${COOK} Tim Cook of Apple was asked about it.`, 'Cook said nothing.', []],
  [`${COOK} Tim Cook of Apple was asked about it. Lisa Cook answered.`, 'Cook said she would win.', ['Cook=lisa-cook']],
  // Perry: Judge April Perry; Rick Perry; Katy Perry.
  [PERRY, 'Perry said the deployment was unlawful.', ['Perry=april-perry']],
  [PERRY, 'Judge Perry said the deployment was unlawful.', ['Perry=april-perry']],
  [PERRY, 'Gov. Perry of Texas once sent the Guard too.', []],
  [PERRY, 'Rick Perry sent the Guard once.', []],
  [PERRY, 'Katy Perry sang at the rally.', []],
  // Bolton: John Bolton (marked only on a page about one of his cases) and Bolton, England.
  [ABREGO, 'John Bolton wrote about it.', []],
  [ABREGO, 'Bolton, England, is far away.', []],
  [BOLTON, 'Bolton said he would fight the charges.', ['Bolton=john-bolton']],
  [BOLTON, 'Bolton, England, is far away.', []],
  // CASA the group and the Spanish word.
  ['The Supreme Court ruled in Trump v. CASA.', 'CASA said it would sue again.', ['CASA=casa']],
  ['The Supreme Court ruled in Trump v. CASA.', 'Mi casa es su casa, said a sign.', []],
  ['The Supreme Court ruled in Trump v. CASA.', 'Casa Blanca officials said nothing.', []],
  // Jackson the city and the singer on a page about a case.
  [ABREGO, 'He was held in Jackson, Mississippi, for a week.', []],
  // James: Letitia James (marked only on a page about one of her cases); other bearers; James as a first name.
  [COURT, 'Letitia James filed a brief.', []],
  [COURT, 'LeBron James tweeted.', []],
  [JAMES, 'James pleaded not guilty.', ['James=letitia-james']],
  [JAMES, 'LeBron James tweeted.', []],
  ['Judge James Boasberg ruled in J.G.G. v. Trump.', 'James Boasberg said the government defied him.', ['James Boasberg=james-boasberg']],
  // Murphy: Judge Brian Murphy; Sen. Chris Murphy.
  [MURPHY, 'Murphy said the deportations broke his order.', ['Murphy=brian-murphy']],
  [MURPHY, 'Sen. Chris Murphy criticized the deportations.', []],
  [MURPHY, 'Sen. Murphy criticized the deportations.', []],
  // Surnames in the dataset that are also places or words.
  [SLAUGHTER, 'Ferguson, Missouri, was not part of the case.', []],
  [SLAUGHTER, 'Ferguson said the commission would appeal.', ['Ferguson=andrew-ferguson']],
  [COOK, 'Cobb County filed nothing.', []],
  [COOK, 'Lowell, Massachusetts, is far from Washington.', []],
  [COOK, 'Colin Powell was not involved.', []],
];

/** Wrong before issue 14's first stage, with the tagger or without: same shape as above. */
const KNOWN_MISSES: [string, string, string[]][] = [
  [ABREGO, 'Sen. Chris Van Hollen (D-Md.) visited him.', ['Chris Van Hollen=chris-van-hollen']],
  [ABREGO, 'Rep. Glenn Ivey, D-Md., objected.', []],
  [ABREGO, 'The case is in the U.S. District Court (D. Md.) in Greenbelt.', ['D. Md=district-of-maryland', 'Greenbelt=greenbelt-maryland']],
  [ABREGO, 'MS-13 was named in the filing.', ['MS-13=ms-13']],
  [COURT, 'Officials in Jackson, Mississippi, filed a brief.', []],
  [SLAUGHTER, 'Ferguson, Missouri, was not part of the case.', []],
  [ABREGO, 'The supreme court ordered the government to facilitate his return.', ['supreme court=us-supreme-court']],
  [ABREGO, 'The state supreme court had nothing to do with it.', []],
  ['Kilmar Abrego Garcia was returned. India’s supreme court ruled on another case.', 'The supreme court there is busy.', []],
  ['Kilmar Ábrego García fue deportado a El Salvador.', 'La Corte Suprema ordenó facilitar su regreso.', ['Corte Suprema=us-supreme-court']],
  ['Kilmar Ábrego García fue deportado a El Salvador. La Corte Suprema de Estados Unidos falló.', 'La Corte Suprema de Justicia de El Salvador calló.', ['El Salvador=el-salvador']],
  ['Kilmar Ábrego García fue deportado a El Salvador.', 'El Departamento de Seguridad Nacional apeló.', ['Departamento de Seguridad Nacional=dhs']],
];

const matcher = compileMatcher(bundledDataset);
const inSecond = (context: string, text: string, options: MatchOptions) =>
  (findPageMentions(matcher, [context, text], options)[1] ?? []).map((m) => `${m.text}=${m.entityId}`);

/** Rows right, and counts of mentions: expected, found, correct. */
function scoreLookAlikes(options: MatchOptions) {
  let right = 0;
  let tp = 0;
  let found = 0;
  let expected = 0;
  const wrong: string[] = [];
  for (const [context, text, want] of LOOK_ALIKES) {
    const got = inSecond(context, text, options);
    const hits = got.filter((g) => want.includes(g)).length;
    tp += hits;
    found += got.length;
    expected += want.length;
    if (hits === want.length && got.length === want.length) right++;
    else wrong.push(`${text} -> [${got.join(', ')}]`);
  }
  return { rows: LOOK_ALIKES.length, right, recall: tp / expected, precision: found === 0 ? 1 : tp / found, wrong };
}

const withTagger = compromiseMatchOptions();

describe('look-alikes with the tagger', () => {
  it.each(LOOK_ALIKES)('%s | %s', (context, text, want) => {
    expect(inSecond(context, text, withTagger)).toEqual(want);
  });
});

describe('look-alikes: the rules alone against the rules with the tagger', () => {
  it('the tagger gets more rows right than the rules alone, and all of them', () => {
    const rules = scoreLookAlikes({});
    const tagged = scoreLookAlikes(withTagger);
    for (const [label, s] of [['without the tagger', rules], ['with the tagger', tagged]] as const) {
      console.log(`look-alikes ${label}: ${s.right}/${s.rows} rows right, recall ${(s.recall * 100).toFixed(1)}%, precision ${(s.precision * 100).toFixed(1)}%`, ...s.wrong);
    }
    expect(tagged.right).toBe(tagged.rows);
    expect(tagged.right).toBeGreaterThan(rules.right);
  });
});

describe('known misses, with the tagger and without', () => {
  it.each(KNOWN_MISSES)('%s | %s', (context, text, want) => {
    expect(inSecond(context, text, {})).toEqual(want);
    expect(inSecond(context, text, withTagger)).toEqual(want);
  });
});
