/**
 * Small closed word lists the matcher's rules use. Folded forms (lower case, no accents, no periods).
 * They are data, not code: add a word here rather than a special case in a rule.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Titles and roles that may precede a name without being part of it ("Judge Xinis", "Mr. Abrego Garcia",
 * "Secretary of State Marco Rubio"). Leading tokens of a person's alias that are titles are matched
 * but left out of the mention.
 */
export const TITLE_WORDS = words(`
  mr mrs ms miss dr judge judges justice justices chief associate magistrate district circuit senior
  president vice secretary sec attorney attorneys general deputy assistant acting dag ag
  senator sen rep representative congressman congresswoman gov governor mayor lt gen
  white house press border czar director officer agent official spokesman spokeswoman spokesperson
  lawyer lawyers prosecutor prosecutors counsel federal us former then state homeland security of
  the defense democrat democratic republican gop d r sr jr
`);

/**
 * Words that commonly start a sentence or a headline and are not first names: a capitalized token
 * from this list before a surname does not make it someone else's surname ("When Garcia ...").
 */
export const NOT_FIRST_NAMES = words(`
  a an the this that these those then there here when while after before since until as if but and
  or nor so yet for of in on at by to from with without about against between into through during
  under over near per via not no yes also only even still just again later earlier meanwhile however
  why how what who whom whose which where because although though once says said asked told
  he she it they we i you his her its their our my your him them us me
  is was were are be been has have had do does did will would can could should may might must
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  both all each every some many most more several other another such
  breaking update updated exclusive watch read analysis opinion photos video live
  lawyers attorneys officials prosecutors judges critics supporters advocates
  salvadoran salvadorian american americans mexican venezuelan maryland tennessee
  like unlike despite amid among toward towards across beyond within
  one two three four five first second third last next new top senior key chief
`);

/**
 * Capitalized words that, right after a name, show the name is part of something else:
 * "Trump Tower", "Bondi Beach", "Donald Trump Jr.", "King Street", "Supreme Court Building" is not listed.
 */
export const NON_ENTITY_FOLLOWERS = words(`
  tower towers organization org hotel hotels resort resorts international intl golf club casino
  winery vineyard vineyards media steaks university college school institute foundation
  corporation corp inc llc ltd company co group holdings brands airlines entertainment
  beach beaches park street st avenue ave road rd boulevard blvd lane drive plaza square
  island islands bay river lake mountain mountains valley county hill hills heights hole
  jr sr ii iii iv v
  award awards prize trophy cup memorial library hall bridge airport stadium arena center centre
  band family estate estates tour tours building plaza records productions studios
  futures exchange
  committee subcommittee caucus
  act acts
`);

/** U.S. states (one-word names): "Jackson, Mississippi" after a surname is a town, not a person. */
export const US_STATES = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa
  kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
  ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
`);

/** Lower-case words that, right after a name, make it an ordinary word ("21 Trump cards" in a tarot deck). */
export const NON_ENTITY_LOWER_FOLLOWERS = words('card cards suit suits');

/** Two words that, right after a name, make it another body's: "Corte Suprema de Justicia" is El Salvador's or Mexico's top court. */
export const NON_ENTITY_FOLLOWER_PAIRS = new Set(['de justicia']);

/** Lower-case words right before a court alias that make it another court ("the state supreme court"). */
export const OTHER_COURT_LOWER_PREFIXES = words('state states county provincial tribal');

/** Tokens allowed right before an org or court alias without making it another body ("U.S. Supreme Court"). */
export const ORG_PREFIXES_ALLOWED = words(`
  us usa united states america american federal the nations countrys salvadoran salvadorian national
  a an new former then top this that
  la el los las
`);

/**
 * Phrases that, anywhere on the page, mean an abbreviation stands for something else: the page is about
 * that thing, so the abbreviation is left unmarked. Keys are abbreviations exactly as written.
 */
const OTHER_TOP_COURTS = ['high court', 'india', 'indian', 'delhi', 'sensex', 'nifty', 'rupee', 'rupees', 'south korea', 'south korean', 'korea', 'japan', 'hong kong', 'pakistan', 'bangladesh', 'sri lanka', 'philippines', 'kenya', 'nigeria', 'israel', 'canada', 'uk supreme court', 'crore'];

export const ABBREVIATION_CONFLICT_CUES: Readonly<Record<string, readonly string[]>> = {
  /** Other countries' top courts: on such a page a bare "Supreme Court" needs "U.S. Supreme Court" too. */
  'Supreme Court': OTHER_TOP_COURTS,
  'supreme court': [...OTHER_TOP_COURTS, 'state supreme court', 'state supreme courts'],
  /** In Spanish: the top court of El Salvador or Mexico is "Corte Suprema de Justicia", the U.S. one is not. */
  'Corte Suprema': ['corte suprema de justicia', 'méxico', 'mexico', 'chile', 'argentina', 'colombia', 'honduras', 'guatemala'],
  ICE: ['intercontinental exchange', 'intercity express', 'intercity-express', 'internal combustion', 'deutsche bahn', 'in case of emergency'],
  DHS: ['department of health services', 'demographic and health survey'],
  DOJ: [],
  HSI: [],
  CASA: ['court appointed special advocate'],
  ACLU: [],
};
