// DEMONSTRATION DATA, compiled from public reports for the Crisis Ledger demo: Bakhmut and the
// surrounding Donetsk oblast (and some national totals), 2022-2023.
//
// Every figure is attributed to the body that made the claim (not to the outlet that repeated
// it); sourceUrl points to where the figure was published or reported, and is left null where
// we could not confirm an address. Main sources:
// - UN: OHCHR / HRMMU civilian casualty updates; UNHCR Ukraine situation flash updates and data
//   portal; IOM DTM General Population Survey rounds; OCHA flash updates, press notes and
//   briefings (convoys, front-line towns); WHO attacks on health care; UNICEF/WASH cluster.
// - Ukraine: Donetsk Regional Military Administration (Pavlo Kyrylenko); Bakhmut, Avdiivka and
//   Mariupol local authorities; Deputy PM Iryna Vereshchuk; Ministries of Social Policy and
//   Education; Prosecutor General; Office of the President; General Staff; Eastern Group
//   spokesman Serhii Cherevatyi; Deputy Defence Minister Hanna Maliar.
// - Russia: Ministry of Defence (Shoigu, Mizintsev, daily briefings); Wagner / Yevgeny Prigozhin;
//   "DPR" JCCC mission and ombudsperson.
// - US (White House NSC spokesman John Kirby; Gen. Mark Milley; leaked Pentagon slides, April
//   2023), UK Ministry of Defence / Defence Intelligence (Ben Wallace), European Commission.
// - Media and research: Mediazona and BBC News Russian; Mediazona and Meduza; The New York Times;
//   Associated Press; Human Rights Watch; ICRC; KSE Institute.
// Reports were read in news agencies' and outlets' coverage (Reuters, AP, Kyiv Independent,
// Ukrinform, Interfax-Ukraine, Ukrainska Pravda, Babel, TASS, Meduza, ReliefWeb ...).
//
// Conventions:
// - Where the source gave a range but no single number, `best` is the midpoint of that range,
//   chosen by the editors, and the notes say so. Where a number is derived by the editors
//   (a sum, a difference, "all remaining residents"), the notes say so and verification is
//   "reported".
// - Cumulative figures have no periodStart; period figures (a day, a week, a year so far) do.
// - The "as of" date is the date the count refers to; sourcePublishedAt is when it was said.
// - These are claims, not facts: parties' claims about the enemy's losses are unverifiable.
// This is not an authoritative dataset. Check the originals before reusing any number.
import type { AgeGroup, PopulationGroup, PublicationStatus, Sex, VerificationStatus } from "../../../lib/domain/enums";
import { I, type IndicatorSlug } from "./indicators";
import { L, type Pcode } from "./locations";
import { S, type SourceName } from "./sources";
import { about, atLeast, atMost, exact, lessThan, moreThan, noInfo, type EstimateSeed, type FigureSeed, type IsoDate } from "./types";
import type { Credibility } from "../../../lib/domain/grades";

interface Opts {
  periodStart?: IsoDate;
  url?: string | null;
  pub?: IsoDate | null;
  place?: string | null;
  sex?: Sex;
  age?: AgeGroup;
  pop?: PopulationGroup;
  notes?: string;
  status?: PublicationStatus;
  reason?: string;
}

/** One figure: a total unless a breakdown (sex, age, pop) is given. */
function fig(
  indicator: IndicatorSlug,
  location: Pcode,
  source: SourceName,
  asOf: IsoDate,
  estimate: EstimateSeed,
  credibility: Credibility,
  verification: VerificationStatus,
  o: Opts = {},
): FigureSeed {
  const populationGroup = o.pop;
  return {
    indicator,
    location,
    source,
    asOf,
    estimate,
    credibility,
    verification,
    status: o.status ?? "published",
    ...(o.periodStart ? { periodStart: o.periodStart } : {}),
    ...(o.reason ? { statusReason: o.reason } : {}),
    sourceUrl: o.url ?? null,
    sourcePublishedAt: o.pub ?? null,
    sourcePlaceName: o.place ?? null,
    ...(o.sex ? { sex: o.sex } : {}),
    ...(o.age ? { ageGroup: o.age } : {}),
    ...(populationGroup ? { populationGroup } : {}),
    ...(o.notes ? { notes: o.notes } : {}),
  };
}

// =============================================================== casualties: civilians

const OHCHR_NOTE =
  "OHCHR records only individually verified cases and states that the actual figures are considerably higher " +
  "(information from places such as Mariupol is delayed or still pending corroboration).";

/** OHCHR national running totals: [as of, killed, injured or null, published, url, extra note]. */
const ohchrNational: ReadonlyArray<[IsoDate, number, number | null, IsoDate | null, string | null, string?]> = [
  ["2022-03-01", 227, 525, null, null, "First days: counted from 04:00 on 24 February 2022."],
  ["2022-03-07", 474, 861, null, null],
  ["2022-03-29", 1179, 1860, "2022-03-29", null, "Figures given by the head of the monitoring mission, Matilda Bogner, on 29 March 2022."],
  ["2022-04-12", 1932, 2589, null, null],
  [
    "2022-05-09",
    3459,
    3713,
    "2022-05-10",
    null,
    "Figures given at a UN press conference on 10 May 2022 ('confirmed on Tuesday'); dated here to the end of the previous day.",
  ],
  ["2022-06-14", 4452, 5531, "2022-06-15", "https://reliefweb.int/report/ukraine/ukraine-civilian-casualties-2400-14-june-2022-enruuk"],
  ["2022-06-23", 4677, 5829, "2022-06-24", "https://reliefweb.int/report/ukraine/ukraine-civilian-casualties-2400-23-june-2022-enruuk"],
  ["2022-08-07", 5401, 7466, "2022-08-08", null],
  ["2022-08-28", 5663, 8055, "2022-08-29", null],
  [
    "2022-09-27",
    5996,
    8848,
    "2022-09-27",
    "https://censor.net/en/news/3369927/as_result_of_aggression_of_russian_federation_5996_people_died_in_ukraine_including_382_children_another",
    "Given by Matilda Bogner as documented 'as of this week' when presenting OHCHR's periodic report; the exact cut-off day was not stated. Includes 382 children killed.",
  ],
  ["2022-12-18", 6826, 10769, null, null],
  [
    "2022-12-26",
    6884,
    10947,
    null,
    "https://english.alarabiya.net/News/world/2022/12/28/UN-rights-office-records-almost-18-000-civilian-casualties-in-Ukraine",
  ],
  [
    "2023-02-15",
    8006,
    13287,
    "2023-02-21",
    null,
    "One-year update (24 February 2022 - 15 February 2023): 21,293 civilian casualties in 1,141 settlements.",
  ],
  ["2023-02-26", 8101, 13479, "2023-02-27", null],
  [
    "2023-03-05",
    8173,
    13620,
    null,
    "https://www.sbs.com.au/language/ukrainian/uk/podcast-episode/7-03-23-ukraine-today-news-from-ukraine-and-about-ukraine/x7456podx",
  ],
  ["2023-04-09", 8490, 14244, null, null],
  ["2023-06-18", 9083, 15779, "2023-06-19", "https://news.yahoo.com/un-confirms-9-083-civilians-104900703.html"],
  [
    "2023-06-30",
    9177,
    null,
    null,
    "https://en.interfax.com.ua/news/general/923508.html",
    "Quoted as the previous total (25,170 casualties) in the update of 16 July 2023.",
  ],
  [
    "2023-07-16",
    9287,
    16384,
    null,
    "https://en.interfax.com.ua/news/general/923508.html",
    "From late May 2023 OHCHR published these updates every two weeks.",
  ],
  ["2023-09-10", 9614, 17535, null, null],
];

const civiliansNational: FigureSeed[] = ohchrNational.flatMap(([asOf, killed, injured, pub, url, extra]) => {
  const notes = extra ? `${OHCHR_NOTE} ${extra}` : OHCHR_NOTE;
  const rows = [fig(I.CIV_KILLED, L.UA, S.OHCHR, asOf, atLeast(killed), 2, "verified", { pub, url, notes })];
  if (injured !== null) rows.push(fig(I.CIV_INJURED, L.UA, S.OHCHR, asOf, atLeast(injured), 2, "verified", { pub, url, notes }));
  return rows;
});

const civilians: FigureSeed[] = [
  ...civiliansNational,
  fig(I.CIV_KILLED, L.UA, S.OHCHR, "2023-11-21", atLeast(10000), 2, "verified", {
    pub: "2023-11-21",
    url: "https://ukraine.un.org/en/253322-civilian-deaths-ukraine-war-top-10000-un-says",
    notes: `${OHCHR_NOTE} 'At least 10,000 civilians, including more than 560 children' - the total passed 10,000 with a strike on Selydove on 15 November 2023.`,
  }),
  fig(I.CIV_INJURED, L.UA, S.OHCHR, "2023-11-21", moreThan(18500), 2, "verified", {
    pub: "2023-11-21",
    url: "https://ukraine.un.org/en/253322-civilian-deaths-ukraine-war-top-10000-un-says",
    notes: OHCHR_NOTE,
  }),
  fig(I.CIV_KILLED, L.UA, S.US_DOD, "2022-11-09", about(40000), 4, "disputed", {
    pub: "2022-11-09",
    url: "https://babel.ua/en/news/86845-american-general-estimated-the-russian-losses-in-the-war-with-ukraine-and-spoke-about-the-withdrawal-of-the-russians-from-kherson",
    notes:
      "Gen. Mark Milley at the Economic Club of New York: the war had 'probably' killed 40,000 Ukrainian civilians. No method given; " +
      "about six times OHCHR's verified count at the time.",
  }),

  // Breakdowns: children (OHCHR vs the Prosecutor General), men and women (OHCHR).
  fig(I.CIV_KILLED, L.UA, S.OHCHR, "2023-02-15", atLeast(487), 2, "verified", {
    age: "child",
    pub: "2023-02-21",
    notes: `${OHCHR_NOTE} Children killed, one-year update.`,
  }),
  fig(I.CIV_INJURED, L.UA, S.OHCHR, "2023-02-15", atLeast(954), 2, "verified", {
    age: "child",
    pub: "2023-02-21",
    notes: `${OHCHR_NOTE} Children injured, one-year update.`,
  }),
  fig(I.CIV_KILLED, L.UA, S.OHCHR, "2023-11-21", moreThan(560), 2, "verified", {
    age: "child",
    pub: "2023-11-21",
    url: "https://ukraine.un.org/en/253322-civilian-deaths-ukraine-war-top-10000-un-says",
    notes: OHCHR_NOTE,
  }),
  fig(I.CIV_KILLED, L.UA, S.PGO, "2023-02-21", atLeast(461), 3, "reported", {
    age: "child",
    url: "https://babel.ua/en/news/90775-the-ministry-of-education-recommends-switching-to-distance-learning-from-february-22-to-24",
    notes: "Juvenile prosecutors' count as cited by the Minister of Education, Serhiy Shkarlet; excludes occupied territories.",
  }),
  fig(I.CIV_INJURED, L.UA, S.PGO, "2023-02-21", atLeast(926), 3, "reported", {
    age: "child",
    url: "https://babel.ua/en/news/90775-the-ministry-of-education-recommends-switching-to-distance-learning-from-february-22-to-24",
    notes: "As cited by the Minister of Education; excludes occupied territories.",
  }),
  fig(I.CIV_KILLED, L.UA, S.PGO, "2023-03-07", atLeast(464), 3, "reported", {
    age: "child",
    pub: "2023-03-07",
    url: "https://www.sbs.com.au/language/ukrainian/uk/podcast-episode/7-03-23-ukraine-today-news-from-ukraine-and-about-ukraine/x7456podx",
    notes: "As reported by Ukrinform on 7 March 2023; the Prosecutor General's exact cut-off date was not given.",
  }),
  fig(I.CIV_INJURED, L.UA, S.PGO, "2023-03-07", atLeast(931), 3, "reported", {
    age: "child",
    pub: "2023-03-07",
    url: "https://www.sbs.com.au/language/ukrainian/uk/podcast-episode/7-03-23-ukraine-today-news-from-ukraine-and-about-ukraine/x7456podx",
  }),
  ...(
    [
      ["2022-06-14", 1712, 1144, "https://reliefweb.int/report/ukraine/ukraine-civilian-casualties-2400-14-june-2022-enruuk"],
      ["2022-08-28", 2195, 1512, null],
      [
        "2022-12-26",
        2719,
        1832,
        "https://english.alarabiya.net/News/world/2022/12/28/UN-rights-office-records-almost-18-000-civilian-casualties-in-Ukraine",
      ],
      ["2023-07-16", 4272, 2558, "https://en.interfax.com.ua/news/general/923508.html"],
    ] as const
  ).flatMap(([asOf, men, women, url]) => [
    fig(I.CIV_KILLED, L.UA, S.OHCHR, asOf, atLeast(men), 2, "verified", {
      sex: "male",
      age: "adult",
      url,
      notes: `${OHCHR_NOTE} Men only; many adults killed are recorded with sex 'yet unknown', so men + women is well below the total.`,
    }),
    fig(I.CIV_KILLED, L.UA, S.OHCHR, asOf, atLeast(women), 2, "verified", {
      sex: "female",
      age: "adult",
      url,
      notes: `${OHCHR_NOTE} Women only; adults of unknown sex are not included.`,
    }),
  ]),

  // Donetsk oblast: Ukraine's regional administration (Government-controlled areas, without
  // Mariupol and Volnovakha), OHCHR, and the Russian-installed "DPR" authorities.
  ...(
    [
      [
        "2022-07-12",
        602,
        1552,
        null,
        "Telegram post of about 12 July 2022, the day after 8 more bodies were found under a collapsed building in Chasiv Yar (exact date not confirmed).",
      ],
      [
        "2022-11-11",
        1193,
        2583,
        "https://mediacenter.org.ua/since-february-24-russians-have-killed-1193-and-wounded-more-than-2-5-thousand-civilians-in-donetsk-region-pavlo-kyrylenko-head-of-the-oblast-military-administration/",
        "Briefing at Media Center Ukraine. Kyrylenko expected the toll to rise 'to tens of thousands' once Mariupol and Volnovakha can be counted.",
      ],
      ["2022-11-15", 1208, 2593, null, "'At least 1,208' killed, as reported by Gordon on 15 November 2022."],
      [
        "2023-06-14",
        1561,
        3689,
        "https://mediacenter.org.ua/since-the-beginning-of-the-full-scale-invasion-1561-people-have-died-as-a-result-of-hostilities-in-donetsk-oblast-pavlo-kyrylenko/",
        "Briefing at Media Center Ukraine - Ukrinform.",
      ],
    ] as const
  ).flatMap(([asOf, killed, injured, url, extra]) => {
    const o = {
      pub: asOf,
      url,
      place: "Donetsk oblast, Government-controlled areas, excluding Mariupol and Volnovakha",
      notes: `Excludes Mariupol and Volnovakha, where the administration cannot count. ${extra}`,
    };
    return [
      fig(I.CIV_KILLED, L.DONETSKA, S.DONETSK_OVA, asOf, atLeast(killed), 3, "reported", o),
      fig(I.CIV_INJURED, L.DONETSKA, S.DONETSK_OVA, asOf, atLeast(injured), 3, "reported", o),
    ];
  }),
  fig(I.CIV_KILLED, L.DONETSKA, S.OHCHR, "2023-02-15", about(3800), 2, "reported", {
    pub: "2023-02-21",
    notes: `${OHCHR_NOTE} Donetsk region in the one-year update, as rounded in press coverage ('3,800 killed'); the update gives the exact count. Covers both sides of the front line.`,
  }),
  fig(I.CIV_INJURED, L.DONETSKA, S.OHCHR, "2023-02-15", about(6600), 2, "reported", {
    pub: "2023-02-21",
    notes: `${OHCHR_NOTE} Donetsk region, as rounded in press coverage ('6,600 wounded').`,
  }),
  ...(
    [
      [
        "2022-08-07",
        297,
        1434,
        "https://tass.com/world/1490467",
        "disputed",
        "Within the line of contact before 24 February 2022 ('172 days of escalation' since 17 February).",
      ],
      [
        "2022-09-19",
        427,
        1856,
        "https://tass.com/world/1509941",
        "disputed",
        "Within the pre-2022 line; a further 1,575 wounded reported for areas taken in 2022.",
      ],
      [
        "2022-12-26",
        4400,
        3956,
        "https://tass.com/politics/1555877",
        "disputed",
        "From autumn 2022 the total includes areas captured in 2022 (Mariupol among them), hence the jump; the 'DPR' attributes these deaths to Ukrainian fire, while OHCHR found most civilian casualties caused by explosive weapons used mainly by Russian forces.",
      ],
      ["2023-05-29", 4551, 4559, "https://tass.com/emergencies/1624811", "disputed", "Includes areas captured in 2022."],
      [
        "2023-06-26",
        4591,
        4686,
        "https://tass.com/emergencies/1638853",
        "disputed",
        "Split given: 782 killed within the pre-2022 line, 3,809 in areas captured since ('liberated territories').",
      ],
    ] as const
  ).flatMap(([asOf, killed, injured, url, ver, extra]) => {
    const o = {
      periodStart: "2022-02-17" as IsoDate,
      pub: asOf,
      url,
      place: '"Donetsk People\'s Republic" (Russian-controlled areas of Donetsk oblast)',
      notes: `Counts only civilians the 'DPR' attributes to Ukrainian fire, since 17 February 2022. ${extra}`,
    };
    return [
      fig(I.CIV_KILLED, L.DONETSKA, S.DPR, asOf, about(killed), 4, ver, o),
      fig(I.CIV_INJURED, L.DONETSKA, S.DPR, asOf, about(injured), 4, ver, o),
    ];
  }),
  fig(I.CIV_KILLED, L.DONETSKA, S.DPR, "2024-01-01", about(4778), 4, "disputed", {
    periodStart: "2022-02-17",
    pub: "2024-01-02",
    place: '"Donetsk People\'s Republic" (Russian-controlled areas of Donetsk oblast)',
    notes:
      "JCCC mission's total since 17 February 2022 (including 142 children), as reported at the turn of the year (Sputnik Brasil, 2 January 2024).",
  }),
  fig(I.CIV_KILLED, L.DONETSKA, S.DPR, "2023-02-24", moreThan(660), 4, "reported", {
    periodStart: "2022-02-24",
    pub: "2023-02-24",
    status: "submitted",
    place: '"DPR" within the line of contact before 24 February 2022',
    notes:
      "Ombudsperson Daria Morozova's annual special report: 'over 660 civilians, including 25 children' killed in the year, excluding areas captured in 2022. Awaiting review: the report's exact cut-off (1 January 2023 for shelling counts) to be checked.",
  }),

  // Bakhmut
  fig(I.CIV_KILLED, L.BAKHMUT, S.BAKHMUT_CMA, "2023-05-29", atLeast(204), 3, "reported", {
    pub: "2023-05-31",
    url: "https://www.pravda.com.ua/eng/news/2023/05/31/7404739/",
    notes: "Mayor Oleksii Reva to Ukrinform: 204 residents died, including 4 children, since 24 February 2022 (as of 29 May 2023).",
  }),
  fig(I.CIV_INJURED, L.BAKHMUT, S.BAKHMUT_CMA, "2023-05-29", atLeast(505), 3, "reported", {
    pub: "2023-05-31",
    url: "https://www.pravda.com.ua/eng/news/2023/05/31/7404739/",
    notes: "505 residents injured by mines and explosions, including 17 children (as of 29 May 2023).",
  }),
  fig(I.CIV_KILLED, L.BAKHMUT, S.OHCHR, "2023-05-31", noInfo, 6, "reported", {
    notes:
      "OHCHR's periodic updates give national and regional totals but no separate count for Bakhmut; nothing to compare Reva's figure with.",
  }),

  // Mariupol: the city's and Kyiv's estimates vs the UN's verified floor and HRW's burial analysis.
  fig(I.CIV_KILLED, L.MARIUPOL, S.MARIUPOL_CC, "2022-03-11", atLeast(1582), 3, "reported", {
    pub: "2022-03-11",
    notes: "City council on Telegram after 12 days of blockade.",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.MARIUPOL_CC, "2022-03-28", about(5000), 4, "reported", {
    pub: "2022-03-28",
    notes:
      "Mayor's office: nearly 5,000 people killed, including about 210 children. Same week OHCHR said deaths 'could be thousands' but had no estimate.",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.MARIUPOL_CC, "2022-04-11", moreThan(10000, 20000), 4, "reported", {
    pub: "2022-04-11",
    url: "https://www.lapresse.it/ultima-ora/2022/04/11/ucraina-sindaco-mariupol-ad-ap-oltre-10mila-civili-morti-in-assedio-russo/",
    notes: "Mayor Vadym Boichenko to AP: more than 10,000 civilians killed, the toll 'could surpass 20,000' (stored as the high end).",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.MARIUPOL_CC, "2022-04-24", moreThan(20000), 4, "reported", {
    pub: "2022-04-24",
    url: "https://censor.net/en/news/3336500/in_mariupol_more_than_20_thousand_inhabitants_died_as_result_of_actions_of_occupiers_mayor_boychenko",
    notes: "Mayor Boichenko.",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.PRESIDENT_UA, "2022-06-16", atLeast(22000), 4, "disputed", {
    pub: "2022-06-16",
    notes:
      "Tetiana Lomakina, adviser in the Office of the President, to the UN Human Rights Council on the day of the High Commissioner's Mariupol update: " +
      "'at least 22,000' killed in the siege and 47,000 forcibly transferred. Sixteen times OHCHR's verified floor the same day.",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.OHCHR, "2022-06-16", atLeast(1348), 2, "verified", {
    pub: "2022-06-16",
    notes:
      "High Commissioner Michelle Bachelet to the Human Rights Council: 1,348 civilian deaths verified, including 70 children; 'the actual death toll ... is likely thousands higher'. " +
      "Mariupol 'likely the deadliest place in Ukraine' from February to the end of April 2022.",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.OHCHR, "2022-06-16", atLeast(70), 2, "verified", {
    age: "child",
    pub: "2022-06-16",
    notes: "Children among the 1,348 verified deaths.",
  }),
  fig(I.CIV_KILLED, L.MARIUPOL, S.HRW, "2023-02-28", atLeast(8000), 2, "reported", {
    periodStart: "2022-03-01",
    pub: "2024-02-08",
    url: "https://www.hrw.org/feature/russia-ukraine-war-mariupol",
    notes:
      "'Our City Was Gone' (HRW, Truth Hounds, SITU): more than 10,000 burials March 2022 - February 2023; at least about 8,000 deaths from the war or " +
      "war-related causes, estimated from the excess over normal mortality. Does not separate civilians from combatants; HRW says the real toll may be much higher.",
  }),
];

// =============================================================== casualties: military

const GS_NOTE =
  "Running total of Russian 'personnel losses' ('ліквідовано', eliminated) since 24 February 2022, reported at the time as soldiers killed; " +
  "later Ukrainian statements describe it as killed and wounded. Unverifiable; Western estimates of deaths are several times lower.";

const gsTotals: ReadonlyArray<[IsoDate, number, string | null]> = [
  ["2022-05-22", 29200, null],
  ["2022-09-21", 55110, "https://meduza.io/amp/en/news/2022/09/21/shoigu-says-5-937-russian-soldiers-have-died-in-ukraine"],
  ["2022-12-09", 93390, "https://meduza.io/en/news/2022/12/09/bbc-and-mediazona-confirm-10-000-russian-soldiers-dead-in-ukraine"],
  ["2022-12-21", 100400, null],
  ["2023-02-22", 145060, "https://www.ibtimes.com/russian-soldier-death-toll-hits-145000-620-more-die-one-day-ukraine-forces-3670768"],
  ["2023-03-07", 154830, "https://www.newsweek.com/russia-ukraine-wagner-losses-war-1785998"],
  [
    "2023-03-29",
    172340,
    "https://censor.net/en/news/3408800/usa_estimates_losses_of_russian_federation_at_more_than_220000_wounded_and_killed_wallace",
  ],
  ["2023-04-12", 180050, "https://kyivindependent.com/leaked-intelligence-documents-put-ukrainian-russian-total-casualties-up-to-354-000/"],
  ["2023-07-07", 232810, "https://lviv.media/viyna/77443-za-dobu-zsu-znishili-piv-tisyachi-okupantiv-ta-20-artilerijskih-sistem-voroga"],
  ["2023-07-21", 240690, "https://kyivpost.com/post/19703"],
];

const MEDIAZONA_NOTE =
  "Named, individually confirmed deaths (obituaries, official statements, relatives' posts, cemeteries): a verified minimum. " +
  "The authors say the real number is at least about twice as high. Excludes 'DPR'/'LPR' formations.";

const military: FigureSeed[] = [
  // ---- Russian military killed, all of Ukraine
  ...gsTotals.map(([asOf, n, url]) =>
    fig(I.RU_MIL_KILLED, L.UA, S.GS_AFU, asOf, about(n), 4, "reported", { pub: url ? asOf : null, url, notes: GS_NOTE }),
  ),
  fig(I.RU_MIL_KILLED, L.UA, S.MOD_RU, "2022-03-25", exact(1351), 5, "disputed", {
    pub: "2022-03-25",
    notes: "Deputy Chief of the General Staff Sergei Rudskoy: 1,351 killed and 3,825 wounded. Russia's first official loss figure.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MOD_RU, "2022-09-21", exact(5937), 5, "disputed", {
    pub: "2022-09-21",
    url: "https://meduza.io/amp/en/news/2022/09/21/shoigu-says-5-937-russian-soldiers-have-died-in-ukraine",
    notes:
      "Defence Minister Sergei Shoigu on Rossiya-24, the day partial mobilisation was announced. The last official Russian figure; " +
      "the Mediazona/BBC count of named dead already exceeded it. Ukraine's General Staff claimed 55,110 the same morning.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MEDIAZONA, "2022-12-09", atLeast(10002), 2, "corroborated", {
    pub: "2022-12-09",
    url: "https://meduza.io/en/news/2022/12/09/bbc-and-mediazona-confirm-10-000-russian-soldiers-dead-in-ukraine",
    notes: `${MEDIAZONA_NOTE} BBC added that the real number 'may exceed 20,000'.`,
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MEDIAZONA, "2023-03-03", atLeast(16071), 2, "corroborated", {
    pub: "2023-03-03",
    url: "https://www.pravda.com.ua/eng/news/2023/03/3/7391935/",
    notes: MEDIAZONA_NOTE,
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MEDIAZONA, "2023-06-16", moreThan(25000), 2, "corroborated", {
    notes: `${MEDIAZONA_NOTE} 'More than 25,000 named individuals' (BBC, mid-June 2023).`,
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MEDIAZONA, "2023-07-07", atLeast(27423), 2, "corroborated", {
    pub: "2023-07-07",
    url: "https://bbcrussian.substack.com/p/russian-losses-in-ukraine-war",
    notes: `${MEDIAZONA_NOTE} The General Staff claimed 232,810 the same day.`,
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MEDUZA_MZ, "2023-05-27", about(47000, 40000, 55000), 2, "reported", {
    pub: "2023-07-10",
    url: "https://en.zona.media/article/2023/07/10/stats",
    notes: "Excess deaths of Russian men under 50 from the probate registry; 95% interval 40,000-55,000. Excludes 'DPR'/'LPR' losses.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.UK_MOD, "2022-09-05", moreThan(25000), 3, "reported", {
    pub: "2022-09-05",
    notes: "Defence Secretary Ben Wallace to Parliament: more than 25,000 killed; over 80,000 including wounded, captured and deserters.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.UK_MOD, "2023-02-17", about(50000, 40000, 60000), 3, "reported", {
    pub: "2023-02-17",
    notes: "Defence Intelligence update: 40,000-60,000 killed (best = midpoint, chosen by the editors). Includes Wagner.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.US_DOD, "2023-03-01", about(39250, 35500, 43000), 4, "disputed", {
    pub: "2023-04-12",
    url: "https://kyivindependent.com/leaked-intelligence-documents-put-ukrainian-russian-total-casualties-up-to-354-000/",
    notes:
      "Leaked classified US slides (dated around 1 March 2023), reported by Reuters on 12 April 2023: 35,500-43,000 killed in action " +
      "(best = midpoint, chosen by the editors). US officials said some circulating versions had been altered; this is the version reported by Reuters.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.US_DOD, "2023-03-01", about(16750, 16000, 17500), 5, "disputed", {
    pub: "2023-04-08",
    status: "rejected",
    reason:
      "Altered document: US officials told Reuters the version showing 16,000-17,500 Russian dead had been doctored to lower Russian losses. " +
      "The version reported by Reuters on 12 April is recorded instead.",
    notes: "Version of a leaked slide circulating on Telegram in early April 2023.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.NYT, "2023-08-18", atMost(120000), 3, "reported", {
    pub: "2023-08-18",
    url: "https://www.thestar.com.my/news/world/2023/08/19/troop-deaths-and-injures-in-ukraine-war-nearing-500000--nyt-citing-us-officials",
    notes: "Unnamed US officials: 'as many as 120,000 deaths' (and 170,000-180,000 injured).",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.WH_NSC, "2023-05-01", moreThan(20000), 3, "reported", {
    periodStart: "2022-12-01",
    pub: "2023-05-01",
    url: "https://thehill.com/newsletters/defense-national-security/3982521-white-house-says-russian-casualties-stunning/",
    notes:
      "John Kirby: 'just since December' more than 20,000 killed in action, about half of them Wagner, most of those convicts thrown in at Bakhmut. " +
      "First reported as Bakhmut-only; Kirby then clarified the figure covers all fronts.",
  }),
  fig(I.RU_MIL_KILLED, L.UA, S.MEDIAZONA, "2022-09-01", about(6024), 2, "reported", {
    status: "draft",
    notes: `${MEDIAZONA_NOTE} 6,024 named dead reported in Greek media; date of the count not yet found - do not submit until dated.`,
  }),

  // ---- Russian military killed, Bakhmut
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.WAGNER, "2023-05-20", about(20000), 3, "reported", {
    pub: "2023-05-24",
    url: "https://www.cbc.ca/lite/story/1.6853725",
    place: "Bakhmut ('Artyomovsk')",
    notes:
      "Wagner fighters only, whole battle: Prigozhin to Konstantin Dolgov (interview published 23-24 May 2023) - about 10,000 former convicts " +
      "(20% of 50,000 recruited) and as many contract fighters. He dated the operation at 224 days. The White House called it in line with its estimates.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.AFU_EAST, "2023-05-20", moreThan(20000), 4, "reported", {
    url: "https://www.cereport.eu/news/war-in-ukraine/76933",
    notes:
      "Cherevatyi, after Wagner left the city: 'everyone agrees that more than 20,000 [Russians] have been killed'; estimates of killed and wounded " +
      "range from 60,000 to 100,000. Date of the statement (late May or June 2023) not confirmed; counted to the end of the battle.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.ANON_UA, "2023-03-22", atLeast(20000), 6, "reported", {
    pub: "2023-05-22",
    notes:
      "Senior Ukrainian military official to The New York Times: 'no fewer than 20,000' killed and more than 100,000 wounded; an assessment made about two months before, 'a very rough estimate'.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.PRESIDENT_UA, "2023-03-12", moreThan(1100), 4, "reported", {
    periodStart: "2023-03-06",
    pub: "2023-03-12",
    url: "https://thehill.com/policy/international/3897633-zelensky-russia-suffering-heavy-losses-in-bakhmut/",
    place: "Bakhmut sector",
    notes:
      "Zelensky's nightly address: more than 1,100 killed 'in the Bakhmut sector alone' since 6 March, plus 1,500 wounded too badly to fight on.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.AFU_EAST, "2023-03-11", about(221), 4, "reported", {
    periodStart: "2023-03-11",
    pub: "2023-03-11",
    place: "Bakhmut direction",
    notes:
      "One day: 221 killed and 314 wounded (Cherevatyi, via Reuters). The Russian MoD claimed 210 Ukrainian soldiers killed in the Donetsk sector the same day.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.WH_NSC, "2023-02-17", about(4500), 3, "reported", {
    periodStart: "2022-12-15",
    pub: "2023-02-17",
    place: "Ukraine ('as the fighting in Bakhmut has intensified')",
    notes:
      "Wagner fighters only: Kirby estimated more than 30,000 Wagner casualties including about 9,000 killed, about half of the dead (4,500) since mid-December " +
      "'as the fighting in Bakhmut has intensified'; 90% of those killed in December were convicts. Not limited to Bakhmut by Kirby.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.MOD_RU, "2023-05-20", noInfo, 6, "reported", {
    notes: "The Ministry announced the 'liberation of Artyomovsk' but has published no figure for Russian or Wagner losses there.",
  }),
  fig(I.RU_MIL_KILLED, L.BAKHMUT, S.AFU_EAST, "2022-12-05", about(75, 50, 100), 4, "reported", {
    periodStart: "2022-12-05",
    status: "draft",
    notes:
      "Cherevatyi: Russia losing '50 to 100' soldiers killed each day around Bakhmut, about as many wounded (best = midpoint). Date of the statement to be confirmed.",
  }),

  // ---- Russian military casualties (killed and wounded)
  fig(I.RU_MIL_CASUALTIES, L.UA, S.US_DOD, "2022-08-08", about(75000, 70000, 80000), 3, "reported", {
    pub: "2022-08-08",
    notes: "Under Secretary of Defense Colin Kahl: 70,000-80,000 killed and wounded (best = midpoint, chosen by the editors).",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.UK_MOD, "2022-08-24", moreThan(80000), 3, "reported", {
    pub: "2022-08-24",
    url: "https://kyivindependent.com/news-feed/british-defense-minister-combined-russian-casualties-at-80-000-troops-in-war-against-ukraine",
    notes: "Ben Wallace on BBC Radio 4: 'deaths, injuries, desertions' combined, over 80,000.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.US_DOD, "2022-11-09", moreThan(100000), 3, "reported", {
    pub: "2022-11-09",
    url: "https://babel.ua/en/news/86845-american-general-estimated-the-russian-losses-in-the-war-with-ukraine-and-spoke-about-the-withdrawal-of-the-russians-from-kherson",
    notes: "Gen. Mark Milley: 'well over 100,000 Russian soldiers killed and wounded. Same thing probably on the Ukrainian side.'",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.UK_MOD, "2023-02-17", about(187500, 175000, 200000), 3, "reported", {
    pub: "2023-02-17",
    notes: "Defence Intelligence: 175,000-200,000 casualties including Wagner (best = midpoint, chosen by the editors).",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.US_DOD, "2023-03-01", about(206250, 189500, 223000), 4, "disputed", {
    pub: "2023-04-12",
    url: "https://kyivindependent.com/leaked-intelligence-documents-put-ukrainian-russian-total-casualties-up-to-354-000/",
    notes: "Leaked slides as reported by Reuters: 189,500-223,000 (best = midpoint). Authenticity partly disputed.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.US_DOD, "2023-05-30", moreThan(200000), 3, "reported", {
    pub: "2023-05-30",
    url: "https://www.rustavi2.ge/en/news/252253",
    notes: "Gen. Milley to the Senate Armed Services Committee: 'well over 200,000 casualties'.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.UK_MOD, "2023-05-30", moreThan(220000), 3, "reported", {
    pub: "2023-05-30",
    url: "https://censor.net/en/news/3408800/usa_estimates_losses_of_russian_federation_at_more_than_220000_wounded_and_killed_wallace",
    notes: "Ben Wallace, same day as Milley, quoting 'the latest US estimate': more than 220,000 dead and wounded.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.NYT, "2023-08-18", lessThan(300000, 290000), 3, "reported", {
    pub: "2023-08-18",
    url: "https://www.thestar.com.my/news/world/2023/08/19/troop-deaths-and-injures-in-ukraine-war-nearing-500000--nyt-citing-us-officials",
    notes:
      "Unnamed US officials: 'approaching 300,000' (up to 120,000 dead, 170,000-180,000 injured). Low end derived by the editors from the parts.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.UK_MOD, "2023-10-22", about(265000, 240000, 290000), 3, "reported", {
    pub: "2023-10-22",
    url: "https://euromaidanpress.com/2023/10/22/number-of-killed-wounded-russian-troops-reaches-almost-300000-british-intel/",
    notes:
      "Defence Intelligence: 240,000-290,000 including temporarily wounded (150,000-190,000 killed or permanently wounded). Best = midpoint.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.WH_NSC, "2023-05-01", moreThan(100000), 3, "reported", {
    periodStart: "2022-12-01",
    pub: "2023-05-01",
    url: "https://thehill.com/newsletters/defense-national-security/3982521-white-house-says-russian-casualties-stunning/",
    notes: "Kirby: more than 100,000 casualties 'just since December', including over 20,000 killed in action.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.UA, S.UK_MOD, "2023-07-20", about(240000, 230000, 250000), 3, "reported", {
    pub: "2023-07-21",
    status: "submitted",
    url: "https://kyivpost.com/post/19703",
    notes:
      "Ben Wallace at an event in London: 'at least 230,000 to 250,000 dead or injured Russians' (best = midpoint). Awaiting review: exact date of the remark.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.BAKHMUT, S.ANON_UA, "2023-03-22", moreThan(120000), 6, "reported", {
    pub: "2023-05-22",
    notes: "Derived by the editors: the official's 'no fewer than 20,000' killed plus 'more than 100,000' wounded.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.BAKHMUT, S.ANON_WEST, "2023-06-01", atLeast(60000), 6, "reported", {
    periodStart: "2022-06-01",
    status: "submitted",
    place: "Bakhmut-Popasna sector",
    notes:
      "Western official to Sky News: capturing Bakhmut 'probably cost Russia at least 60,000' casualties in the Bakhmut-Popasna sector over the year-long battle, at least a third killed. Awaiting review: period start is an approximation of 'the year-long battle'.",
  }),
  fig(I.RU_MIL_CASUALTIES, L.BAKHMUT, S.ANON_WEST, "2023-01-31", about(25000, 20000, 30000), 6, "reported", {
    status: "draft",
    notes:
      "Western officials quoted by The Guardian: 20,000-30,000 casualties trying to take Bakhmut (best = midpoint). Date of the report not yet found.",
  }),

  // ---- Ukrainian military
  fig(I.UA_MIL_KILLED, L.UA, S.GS_AFU, "2022-08-22", about(9000), 3, "reported", {
    pub: "2022-08-22",
    notes: "Commander-in-Chief Valerii Zaluzhnyi: 'nearly 9,000' servicemen killed. The last Ukrainian figure until December 2022.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.MOD_RU, "2022-09-21", exact(61207), 5, "disputed", {
    pub: "2022-09-21",
    url: "https://meduza.io/amp/en/news/2022/09/21/shoigu-says-5-937-russian-soldiers-have-died-in-ukraine",
    notes: "Shoigu: Ukraine lost 'around 100,000', 61,207 killed and 49,368 wounded - ten times Russia's own stated dead the same day.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.PRESIDENT_UA, "2022-12-01", about(11500, 10000, 13000), 3, "reported", {
    pub: "2022-12-01",
    notes:
      "Adviser Mykhailo Podolyak on Channel 24: official estimates of 'between 10,000 and 12,500-13,000' killed (best = midpoint, chosen by the editors). Not confirmed by the army.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.EC, "2022-11-30", about(100000), 5, "disputed", {
    pub: "2022-11-30",
    status: "rejected",
    reason:
      "Withdrawn by the source: the European Commission said the same day that von der Leyen's '100,000 Ukrainian officers killed' was inaccurate and the figure referred to killed and wounded. Not a claim anyone stands behind.",
    notes: "Ursula von der Leyen in a video message, 30 November 2022; removed from the published version.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.US_DOD, "2023-03-01", about(16500, 15500, 17500), 4, "disputed", {
    pub: "2023-04-12",
    url: "https://kyivindependent.com/leaked-intelligence-documents-put-ukrainian-russian-total-casualties-up-to-354-000/",
    notes: "Leaked slides as reported by Reuters: 15,500-17,500 killed in action (best = midpoint). Ukraine questioned the documents.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.NYT, "2023-08-18", about(70000), 3, "reported", {
    pub: "2023-08-18",
    url: "https://www.thestar.com.my/news/world/2023/08/19/troop-deaths-and-injures-in-ukraine-war-nearing-500000--nyt-citing-us-officials",
    notes:
      "Unnamed US officials: Ukrainian deaths 'close to 70,000'. Podolyak replied that only the General Staff may publish such figures.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.MOD_RU, "2023-09-05", moreThan(66000), 5, "disputed", {
    periodStart: "2023-06-04",
    notes:
      "Shoigu to the military leadership: Ukraine lost more than 66,000 soldiers since its counter-offensive began in early June. Date approximate (reported on 7 September 2023).",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.GS_AFU, "2023-12-31", noInfo, 6, "reported", {
    notes:
      "Ukraine published no official count of its military dead in 2022-2023 (losses treated as classified under martial law). President Zelensky gave 31,000 on 25 February 2024.",
  }),
  fig(I.UA_MIL_KILLED, L.BAKHMUT, S.WAGNER, "2023-05-20", about(50000), 5, "disputed", {
    pub: "2023-05-24",
    url: "https://www.i24news.tv/en/news/ukraine-conflict/1684922508-russia-s-prigozhin-praises-ukrainian-army-says-lost-20-000-men-in-bakhmut",
    place: "Bakhmut ('Artyomovsk')",
    notes: "Prigozhin's estimate for the whole battle: 50,000 Ukrainians dead and 50,000-70,000 wounded.",
  }),
  fig(I.UA_MIL_KILLED, L.BAKHMUT, S.MOD_RU, "2023-05-14", moreThan(400), 5, "reported", {
    periodStart: "2023-05-14",
    pub: "2023-05-14",
    url: "https://sputnikglobe.com/20230514/ukrainian-forces-fail-in-attempts-to-break-through-russian-defenses-near-artemovsk---moscow-1110346026.html",
    place: "Soledar-Artyomovsk direction",
    notes: "One day: 'over 400 military' lost in failed attacks north and south of the city, per the daily briefing.",
  }),
  fig(I.UA_MIL_KILLED, L.DONETSKA, S.MOD_RU, "2023-03-11", about(210), 5, "reported", {
    periodStart: "2023-03-11",
    pub: "2023-03-11",
    place: "Donetsk sector of the front",
    notes: "One day, per the daily briefing (reported by Reuters alongside Ukraine's claim of 221 Russians killed at Bakhmut).",
  }),
  fig(I.UA_MIL_KILLED, L.DONETSKA, S.MOD_RU, "2023-03-12", moreThan(220), 5, "reported", {
    periodStart: "2023-03-12",
    pub: "2023-03-12",
    url: "https://en.prothomalo.com/international/europe/a73ncw75rn",
    place: "Donetsk region",
    notes: "One day, per the daily briefing; the same day Zelensky claimed more than 1,100 Russians killed near Bakhmut in a week.",
  }),
  fig(I.UA_MIL_KILLED, L.BAKHMUT, S.WAGNER, "2023-04-22", about(32000), 5, "reported", {
    status: "submitted",
    place: "Soledar, Artyomovsk (Bakhmut) and surroundings",
    notes:
      "Prigozhin: of 38,000 Ukrainian soldiers 'eliminated' by Wagner since the start of the operation, 32,000 in Soledar, Bakhmut and around them. 'Eliminated' may include wounded. Awaiting review: date of the statement.",
  }),
  fig(I.UA_MIL_CASUALTIES, L.UA, S.US_DOD, "2022-11-09", about(100000), 3, "reported", {
    pub: "2022-11-09",
    url: "https://babel.ua/en/news/86845-american-general-estimated-the-russian-losses-in-the-war-with-ukraine-and-spoke-about-the-withdrawal-of-the-russians-from-kherson",
    notes: "Milley: 'same thing probably on the Ukrainian side' as Russia's 'well over 100,000'.",
  }),
  fig(I.UA_MIL_CASUALTIES, L.UA, S.MOD_RU, "2022-09-21", about(100000, 100000, 110575), 5, "disputed", {
    pub: "2022-09-21",
    notes: "Shoigu: 'around 100,000'; his own parts (61,207 killed, 49,368 wounded) add up to 110,575, stored as the high end.",
  }),
  fig(I.UA_MIL_CASUALTIES, L.UA, S.US_DOD, "2023-03-01", about(127750, 124500, 131000), 4, "disputed", {
    pub: "2023-04-12",
    url: "https://kyivindependent.com/leaked-intelligence-documents-put-ukrainian-russian-total-casualties-up-to-354-000/",
    notes: "Leaked slides as reported by Reuters: 124,500-131,000 (best = midpoint).",
  }),
  fig(I.UA_MIL_CASUALTIES, L.UA, S.NYT, "2023-08-18", about(180000, 170000, 190000), 3, "reported", {
    pub: "2023-08-18",
    url: "https://www.thestar.com.my/news/world/2023/08/19/troop-deaths-and-injures-in-ukraine-war-nearing-500000--nyt-citing-us-officials",
    notes: "Derived by the editors from unnamed US officials' parts: close to 70,000 killed plus 100,000-120,000 wounded.",
  }),
  fig(I.UA_MIL_CASUALTIES, L.BAKHMUT, S.WAGNER, "2023-05-20", about(110000, 100000, 120000), 5, "disputed", {
    pub: "2023-05-24",
    url: "https://www.i24news.tv/en/news/ukraine-conflict/1684922508-russia-s-prigozhin-praises-ukrainian-army-says-lost-20-000-men-in-bakhmut",
    notes: "Derived by the editors from Prigozhin's 50,000 dead and 50,000-70,000 wounded.",
  }),
  fig(I.UA_MIL_KILLED, L.UA, S.PRESIDENT_UA, "2022-06-10", about(80, 60, 100), 4, "reported", {
    periodStart: "2022-06-10",
    status: "draft",
    notes:
      "Zelensky in June 2022, during the battle for Sievierodonetsk: 60 to 100 soldiers killed a day, about 500 wounded (best = midpoint). Exact date to be confirmed.",
  }),
];

// =============================================================== displacement

/** Residents remaining in Bakhmut, by source: the chart of a city emptying out. */
const bakhmutRemaining: FigureSeed[] = [
  fig(I.REMAINING, L.BAKHMUT, S.OCHA, "2022-02-24", about(72000), 3, "reported", {
    pub: "2023-03-21",
    url: "https://reliefweb.int/report/ukraine/ukraine-deterioration-humanitarian-situation-donetska-oblast-flash-update-1-bakhmut-21-mar-2023-enruuk",
    notes: "Pre-war population as given in OCHA's Flash Update #1 on Bakhmut.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2022-02-24", about(84000), 3, "disputed", {
    pub: "2023-03-23",
    url: "https://en.interfax.com.ua/news/general/899497.html",
    notes:
      "Kyrylenko at a Ukrinform briefing: 'a city with about 84,000 inhabitants as of February 24, 2022'. On 9 February 2023 he had said about 73,000; " +
      "84,000 is closer to the whole hromada (the mayor gives 80,000 for the hromada, 70,000 for the city).",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.BAKHMUT_CMA, "2022-02-24", about(70000), 3, "reported", {
    pub: "2023-05-31",
    url: "https://babel.ua/en/news/94542-the-mayor-of-bakhmut-about-500-residents-out-of-70-000-remained-in-the-city",
    notes: "Mayor Oleksii Reva: about 80,000 in the hromada before the invasion, 70,000 of them in the city.",
  }),
  fig(I.REMAINING, L.BAKHMUTSKA, S.BAKHMUT_CMA, "2022-02-24", about(80000), 3, "reported", {
    pub: "2023-05-31",
    url: "https://babel.ua/en/news/94542-the-mayor-of-bakhmut-about-500-residents-out-of-70-000-remained-in-the-city",
    place: "Bakhmut community (hromada)",
    notes: "Mayor Oleksii Reva, pre-war population of the hromada.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.BAKHMUT_CMA, "2022-09-30", moreThan(24000), 3, "reported", {
    pub: "2022-09-30",
    url: "https://bahmut.in.ua/9-korusne/novosti/v-artemovske/3632-grafik-tsilodobovij-chim-zajmayutsya-deputati-bakhmuta-z-24-lyutogo",
    notes: "City council data reported by the local outlet Bakhmut IN.UA: 'more than 24,000 residents' at the end of September 2022.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2022-10-20", about(7000), 4, "reported", {
    status: "draft",
    notes:
      "Derived by the editors: AP (11 December 2022) wrote that Kyrylenko 'estimated seven weeks ago that 90% of the city's prewar population of over 70,000 had fled'. " +
      "10% of ~70,000. Conflicts with the city council's 24,000 three weeks earlier; find the original statement before submitting.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-01-12", lessThan(8000), 3, "reported", {
    pub: "2023-01-12",
    url: "https://unn.ua/ru/news/v-ova-rozpovili-skilki-lyudey-zalishilosya-u-soledari",
    notes:
      "Kyrylenko on the national telethon, in the same interview as the Soledar figure: 'fewer than 8,000' in neighbouring Bakhmut, evacuation still possible.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-02-09", about(6200), 3, "reported", {
    pub: "2023-02-09",
    url: "https://www.ostro.org/ru/news/yz-okolo-73-tysyach-naselenyya-v-bahmute-ostayutsya-okolo-6200-zhytelej-yz-nyh-bolee-160-detej-i405308",
    notes: "Telethon: about 6,200 of some 73,000 pre-war residents, including more than 160 children.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.VOLUNTEER, "2023-02-13", about(3500, 3000, 4000), 6, "reported", {
    pub: "2023-02-13",
    notes:
      "Volunteer Mykhailo Puryshev to The New York Times, the day Ukraine's military barred aid workers from the city: 3,000 to 4,000 civilians, including 60 children (best = midpoint).",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-02-14", lessThan(5000), 3, "reported", {
    pub: "2023-02-14",
    url: "https://rbc.ua/ukr/news/skilki-tsivilnih-zalishayutsya-bahmuti-vidpovid-1676383496.html",
    notes:
      "Telethon: 'fewer than 5,000', about 140 children; 'a week ago more than 6,000'. Entry only for registered residents with passes.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.CABINET, "2023-02-16", about(6000), 3, "disputed", {
    pub: "2023-02-16",
    url: "https://www.pravda.com.ua/eng/news/2023/02/16/7389730/",
    notes:
      "Deputy PM Iryna Vereshchuk urging residents to leave: 'six thousand civilians ... according to the latest reports' - two days after the regional head said fewer than 5,000.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-03-02", about(5000), 3, "reported", {
    pub: "2023-03-02",
    url: "https://kyivindependent.com/news-feed/governor-5-000-people-including-37-children-remain-in-bakhmut",
    notes: "'Around 5,000' (Babel: 'fewer than five thousand'), 37 children; most refuse to leave.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.CABINET, "2023-03-07", lessThan(4000), 3, "reported", {
    pub: "2023-03-07",
    url: "https://kyivindependent.com/official-less-than-4-000-civilians-remain-in-bakhmut/",
    notes:
      "Vereshchuk on national television: fewer than 4,000 civilians ('up to 4,000' in Ukrinform's wording), including 38 children; pre-war 70,000 including 12,000 children.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-03-15", about(3000), 3, "reported", {
    pub: "2023-03-15",
    url: "https://www.ostro.org/news/u-bahmuti-dosi-zalyshayetsya-blyzko-3000-meshkantsiv-u-tomu-chysli-33-dytyny-kyrylenko-i410250",
    notes: "Facebook post: about 3,000 civilians including 33 children (Kyiv Independent: 'less than 3,000').",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.OCHA, "2023-03-21", about(3000), 3, "reported", {
    pub: "2023-03-21",
    url: "https://reliefweb.int/report/ukraine/ukraine-deterioration-humanitarian-situation-donetska-oblast-flash-update-1-bakhmut-21-mar-2023-enruuk",
    notes: "Flash Update #1: around 3,000 civilians remain, spending most of their time in basements; no water, electricity or gas.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-03-23", lessThan(3500), 3, "reported", {
    pub: "2023-03-23",
    url: "https://en.interfax.com.ua/news/general/899497.html",
    notes:
      "Ukrinform briefing: 'less than 3,500 people', 32 children, 'who do not want to leave the city at all' - a week after he had said about 3,000.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.BAKHMUT_CMA, "2023-05-29", about(500), 3, "reported", {
    pub: "2023-05-31",
    url: "https://www.pravda.com.ua/eng/news/2023/05/31/7404739/",
    notes: "Mayor Reva to Ukrinform, after Russia claimed the city: about 500 people remain ('according to our calculations').",
  }),
  // children among those remaining
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-02-09", moreThan(160), 3, "reported", {
    age: "child",
    pub: "2023-02-09",
    notes: "Children among the ~6,200.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-02-14", about(140), 3, "reported", {
    age: "child",
    pub: "2023-02-14",
    notes: "Children among the fewer than 5,000.",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-03-02", exact(37), 3, "reported", {
    age: "child",
    pub: "2023-03-02",
    notes: "48 addresses where 37 children should be were identified; they were found neither there nor at 'invincibility points' (Babel).",
  }),
  fig(I.REMAINING, L.BAKHMUT, S.CABINET, "2023-03-07", exact(38), 3, "reported", { age: "child", pub: "2023-03-07" }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-03-15", exact(33), 3, "reported", { age: "child", pub: "2023-03-15" }),
  fig(I.REMAINING, L.BAKHMUT, S.DONETSK_OVA, "2023-03-23", exact(32), 3, "reported", { age: "child", pub: "2023-03-23" }),
];

const remainingElsewhere: FigureSeed[] = [
  // Government-controlled Donetsk oblast
  fig(I.REMAINING, L.DONETSKA, S.DONETSK_OVA, "2022-02-24", about(1670000), 3, "reported", {
    pub: "2023-03-15",
    url: "https://www.ostro.org/news/u-bahmuti-dosi-zalyshayetsya-blyzko-3000-meshkantsiv-u-tomu-chysli-33-dytyny-kyrylenko-i410250",
    place: "Donetsk oblast, Government-controlled part",
    notes: "Pre-war population of the Government-controlled part, as Kyrylenko uses it ('1 million 670 thousand').",
  }),
  fig(I.REMAINING, L.DONETSKA, S.DONETSK_OVA, "2022-08-02", about(350000), 3, "reported", {
    pub: "2022-08-02",
    url: "https://kyivindependent.com/uncategorized/governor-two-thirds-of-residents-have-fled-donetsk-oblast",
    place: "Donetsk oblast, Government-controlled part",
    notes: "First day of the mandatory evacuation: around 350,000 remain; 'two-thirds have fled'.",
  }),
  fig(I.REMAINING, L.DONETSKA, S.PRESIDENT_UA, "2022-08-09", about(350000), 3, "reported", {
    pub: "2022-08-09",
    url: "https://kyivindependent.com/news-feed/official-over-1-3-million-people-have-been-evacuated-from-donetsk-oblast-since-feb-24",
    place: "Ukrainian-controlled parts of Donetsk oblast",
    notes: "Kyrylo Tymoshenko, deputy head of the Office of the President: around 350,000 people remain, including 50,000 children.",
  }),
  fig(I.REMAINING, L.DONETSKA, S.PRESIDENT_UA, "2022-08-09", about(50000), 3, "reported", {
    age: "child",
    pub: "2022-08-09",
    url: "https://kyivindependent.com/news-feed/official-over-1-3-million-people-have-been-evacuated-from-donetsk-oblast-since-feb-24",
    place: "Ukrainian-controlled parts of Donetsk oblast",
  }),
  fig(I.REMAINING, L.DONETSKA, S.DONETSK_OVA, "2022-08-17", atMost(370000), 3, "reported", {
    pub: "2022-08-17",
    url: "https://ukranews.com/en/news/876727-part-of-evacuees-from-donetsk-region-go-to-get-food-and-return-regional-military-administration-head",
    place: "Donetsk oblast, Government-controlled part",
    notes: "'Out of 1,670,000, a maximum of 370,000 remained'; some evacuees return. Date approximate (mid-August 2022).",
  }),
  fig(I.REMAINING, L.DONETSKA, S.DONETSK_OVA, "2022-08-26", about(350000), 3, "reported", {
    pub: "2022-08-26",
    url: "https://kyivindependent.com/uncategorized/governor-1-3-million-people-evacuated-from-ukrainian-held-part-of-donetsk-oblast-since-feb-24",
    place: "Donetsk oblast, Government-controlled part",
  }),
  fig(I.REMAINING, L.DONETSKA, S.DONETSK_OVA, "2023-03-15", lessThan(570000), 3, "reported", {
    pub: "2023-03-15",
    status: "submitted",
    place: "Donetsk oblast, Government-controlled part",
    notes:
      "Derived by the editors from Kyrylenko's 'of 1,670,000, more than 1,100,000 have left': fewer than 570,000 remain - well above the ~350,000 of August 2022 " +
      "(returns, or a different baseline?). Awaiting review.",
  }),
  // Soledar
  fig(I.REMAINING, L.SOLEDAR, S.DONETSK_OVA, "2023-01-12", exact(559), 3, "reported", {
    pub: "2023-01-12",
    url: "https://unn.ua/ru/news/v-ova-rozpovili-skilki-lyudey-zalishilosya-u-soledari",
    notes: "559 civilians including 15 children, who could not be evacuated because of the fighting; 7 were evacuated the day before.",
  }),
  fig(I.REMAINING, L.SOLEDAR, S.DONETSK_OVA, "2023-01-12", exact(15), 3, "reported", {
    age: "child",
    pub: "2023-01-12",
    notes: "Children aged 7 to 15 among the 559.",
  }),
  fig(I.REMAINING, L.SOLEDAR, S.DONETSK_OVA, "2023-01-12", exact(552), 3, "reported", {
    url: "https://ostro.org/ru/news/v-soledare-ostalos-552-cheloveka-sredy-nyh-15-detej-kyrylenko-i401389?changeLang=ru",
    status: "retracted",
    reason:
      "Duplicate: the same telethon statement as the 559 figure, transcribed as 552 by one outlet. Other reports of the interview give 559.",
    notes: "Ostro's report of the telethon interview.",
  }),
  // Avdiivka: two pre-war baselines, then the town administration's counts
  fig(I.REMAINING, L.AVDIIVKA, S.OCHA, "2022-02-24", about(32000), 3, "reported", {
    pub: "2023-03-22",
    url: "https://unocha.org/news/todays-top-news-ukraine-mozambique-drc-syria-turkiye",
    notes: "'Most of the 32,000 civilians who used to live there before February 2022 have already fled.'",
  }),
  fig(I.REMAINING, L.AVDIIVKA, S.AVDIIVKA_CMA, "2022-02-24", about(26000), 3, "disputed", {
    pub: "2024-01-27",
    notes:
      "Vitalii Barabash to Helsingin Sanomat (January 2024): 26,000 before the invasion. Interfax gives 32,800 for the beginning of 2019.",
  }),
  fig(I.REMAINING, L.AVDIIVKA, S.OCHA, "2023-03-22", about(2000), 3, "reported", {
    pub: "2023-03-22",
    url: "https://unocha.org/news/todays-top-news-ukraine-mozambique-drc-syria-turkiye",
    notes:
      "'Ukrainian authorities are calling on the 2,000 people who remain there to urgently leave.' Date of OCHA's daily digest approximate (late March 2023).",
  }),
  fig(I.REMAINING, L.AVDIIVKA, S.AVDIIVKA_CMA, "2023-05-04", exact(1778), 3, "reported", {
    pub: "2023-05-04",
    url: "https://www.pravda.com.ua/eng/news/2023/05/4/7400691/",
    notes: "1,778 people remain, including one child; Barabash doubts a full evacuation is possible.",
  }),
  fig(I.REMAINING, L.AVDIIVKA, S.AVDIIVKA_CMA, "2023-06-01", about(1700), 3, "reported", {
    notes: "'At the beginning of June ... only 1,700 permanent residents remained' (Interfax-Ukraine, November 2023).",
  }),
  fig(I.REMAINING, L.AVDIIVKA, S.AVDIIVKA_CMA, "2023-09-03", exact(1662), 3, "reported", {
    pub: "2023-09-03",
    url: "https://babel.ua/en/news/98080-in-front-line-avdiivka-1-662-people-remained-out-of-a-population-of-40-000-they-refuse-to-evacuate",
    notes: "'Now 1,662 people remain'; there will be no heating in winter.",
  }),
  fig(I.REMAINING, L.AVDIIVKA, S.AVDIIVKA_CMA, "2023-11-09", exact(1523), 3, "reported", {
    pub: "2023-11-10",
    notes: "National telethon: 19 evacuated that day, 1,523 still in the town (Interfax-Ukraine).",
  }),
  // Chasiv Yar, Toretsk, Sloviansk, Kramatorsk, Mariupol
  fig(I.REMAINING, L.CHASIV_YAR, S.OCHA, "2022-02-24", about(16000), 3, "reported", {
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    place: "Chasiv Yar and surrounding communities",
    notes: "'Most of the 16,000 people who used to live in Chasiv Yar and surrounding communities have fled.'",
  }),
  fig(I.REMAINING, L.CHASIV_YAR, S.ICRC, "2023-03-24", about(1500), 3, "reported", {
    notes:
      "ICRC after a convoy to Kostiantynivka, Chasiv Yar and Selydove: 'only 1,500 civilians remain in Chasiv Yar and around 800 in Selydove'. Date of the release approximate (same week as its Bakhmut briefing).",
  }),
  fig(I.REMAINING, L.TORETSK, S.OCHA, "2022-02-24", about(75000), 3, "reported", {
    pub: "2023-02-03",
    url: "https://www.unognewsroom.org/story/en/1452/ukraine-inter-agency-convoys-ocha-03-february-2023",
    place: "Toretsk and nearby communities",
  }),
  fig(I.REMAINING, L.TORETSK, S.OCHA, "2023-01-31", about(15000), 3, "reported", {
    pub: "2023-02-03",
    url: "https://www.unognewsroom.org/story/en/1452/ukraine-inter-agency-convoys-ocha-03-february-2023",
    place: "Toretsk and nearby communities",
    notes: "OCHA spokesperson Jens Laerke after the 31 January convoy: about 15,000 of 75,000 pre-war residents still there.",
  }),
  fig(I.REMAINING, L.SLOVIANSK, S.OCHA, "2022-02-24", about(100000), 3, "reported", {
    pub: "2022-06-21",
    url: "https://m.reliefweb.int/report/3858901/ukraine/humanitarians-deliver-life-saving-supplies-people-caught-fighting-donetska-oblast-enuk",
    notes: "'Formerly home to 100,000 people.'",
  }),
  fig(I.REMAINING, L.SLOVIANSK, S.OCHA, "2022-06-20", about(25000), 3, "reported", {
    pub: "2022-06-21",
    url: "https://m.reliefweb.int/report/3858901/ukraine/humanitarians-deliver-life-saving-supplies-people-caught-fighting-donetska-oblast-enuk",
    notes: "Mainly the elderly and most vulnerable, without piped water; the city is 10 km from the front line.",
  }),
  fig(I.REMAINING, L.KRAMATORSK, S.OCHA, "2022-06-20", about(78000), 3, "reported", {
    pub: "2022-06-21",
    url: "https://m.reliefweb.int/report/3858901/ukraine/humanitarians-deliver-life-saving-supplies-people-caught-fighting-donetska-oblast-enuk",
    notes: "'Nearly 78,000 who remain in the city.'",
  }),
  fig(I.REMAINING, L.MARIUPOL, S.HRW, "2022-02-24", about(540000), 2, "reported", {
    pub: "2024-02-08",
    url: "https://www.hrw.org/feature/russia-ukraine-war-mariupol",
    notes:
      "'Before Russian forces attacked, about 540,000 people called the city home.' Other sources give 425,000-450,000 (registered residents).",
  }),
  fig(I.REMAINING, L.MARIUPOL, S.MARIUPOL_CC, "2022-04-11", about(120000), 4, "reported", {
    pub: "2022-04-11",
    url: "https://citrixnews.cz/2022/04/12/mariupol-mayor-says-civilian-death-toll-has-surpassed-10000/",
    notes: "Mayor Boichenko to AP: about 120,000 civilians still in the besieged city, in need of food, water and power.",
  }),
  fig(I.REMAINING, L.MARINKA, S.OCHA, "2023-08-15", about(5000), 3, "reported", {
    status: "draft",
    place: "Area surrounding Marinka",
    url: "https://reports.unocha.org/en/country/ukraine/flash-update/2AzrbqUgKdnM6fWYNW2w3e/",
    notes:
      "OCHA Flash Update No. 3 (Marinka, Vuhledar, Kurakhove): approximately 5,000 civilians, per humanitarians on the ground. Date of the update not yet confirmed (placeholder date).",
  }),
];

const displacement: FigureSeed[] = [
  ...bakhmutRemaining,
  ...remainingElsewhere,

  // Refugees (UNHCR, recorded across Europe)
  ...(
    [
      ["2022-06-09", 4816923, null, "First publication of the 'recorded across Europe' series (44 countries)."],
      ["2022-07-08", 5640475, "https://reliefweb.int/report/ukraine/ukraine-situation-flash-update-20-8-july-2022", null],
      ["2022-07-22", 5988696, "https://reliefweb.int/report/ukraine/ukraine-situation-flash-update-22-22-july-2022", null],
      ["2022-08-19", 6657918, "https://reliefweb.int/report/ukraine/ukraine-situation-flash-update-26-19-august-2022", null],
      ["2022-09-16", 7278696, "https://reliefweb.int/report/ukraine/ukraine-situation-flash-update-30-16-september-2022", null],
      ["2022-09-23", 7400013, "https://reliefweb.int/report/ukraine/ukraine-situation-flash-update-31-23-september-2022", null],
      ["2022-12-06", 7832493, null, "Includes 2,852,395 recorded in the Russian Federation (figure from Russian authorities)."],
      [
        "2022-12-31",
        7900139,
        null,
        "UNHCR Europe situations: data and trends, December 2022; 4,896,361 registered for temporary protection or similar schemes.",
      ],
    ] as const
  ).map(([asOf, n, url, extra]) =>
    fig(I.REFUGEES, L.UA, S.UNHCR, asOf, about(n), 2, "reported", {
      pub: asOf.startsWith("2022-12") ? null : asOf,
      url,
      place: "Europe (refugees from Ukraine)",
      notes: `Individual refugees from Ukraine recorded across Europe (not border crossings). UNHCR: figures are estimates, revised as authorities update them.${extra ? ` ${extra}` : ""}`,
    }),
  ),

  // Internally displaced: IOM survey rounds vs Ministry of Social Policy registrations
  ...(
    [
      ["2022-04-01", 7138715, "Round 2 (24 March - 1 April 2022)."],
      ["2022-04-17", 7700000, "Round 3 (11-17 April 2022); 60% of IDPs estimated to be women."],
      ["2022-05-03", 8000000, "Round 4, the peak of internal displacement."],
      ["2022-06-23", 6200000, "Round 6."],
      ["2022-07-23", 6600000, "Round 7."],
      ["2022-08-23", 6975000, "Round 8."],
      ["2022-12-05", 5900000, "Round 11."],
      ["2023-01-23", 5400000, "Round 12: '5.4 million IDPs ... a decrease compared to 5.9 million as of 5 December 2022'."],
      ["2023-09-25", 3700000, "Round 14; 24% of IDPs from Donetska oblast."],
    ] as const
  ).map(([asOf, n, round]) =>
    fig(I.IDPS, L.UA, S.IOM, asOf, about(n), 2, "reported", {
      url:
        asOf === "2023-01-23"
          ? "https://reliefweb.int/report/ukraine/iom-ukraine-internal-displacement-report-general-population-survey-round-12-23-january-2023-enuk"
          : null,
      notes: `IOM General Population Survey estimate. ${round} Excludes areas under Russian control.`,
    }),
  ),
  fig(I.IDPS, L.UA, S.MSP, "2022-04-26", about(3400000), 2, "reported", {
    pub: "2022-04-26",
    url: "https://interfax.com/newsroom/top-stories/78610/",
    notes:
      "Unified IDP database: about 3.4 million people, including those displaced since 2014; more than 2 million registered since 24 February 2022.",
  }),
  fig(I.IDPS, L.UA, S.MSP, "2022-12-08", exact(4886648), 2, "reported", {
    pub: "2022-12-12",
    url: "https://m.censor.net/en/news/3386487/over_49_million_internally_displaced_persons_registered_in_ukraine_ministry_of_social_policy",
    notes:
      "Registered IDPs, including those displaced since 2014; 3,539,376 moved after 24 February 2022. IOM's survey estimated 5.9 million three days earlier.",
  }),
  fig(I.IDPS, L.UA, S.CABINET, "2023-11-15", about(4900000), 3, "reported", {
    status: "draft",
    notes: "Vereshchuk on television: 4.9 million officially registered IDPs. Date of the interview not yet confirmed (placeholder date).",
  }),

  // Returnees (IOM)
  fig(I.RETURNEES, L.UA, S.IOM, "2022-04-17", about(2800000), 2, "reported", {
    notes: "Round 3: nearly 2.8 million people had returned home after an absence of at least two weeks.",
  }),
  fig(I.RETURNEES, L.UA, S.IOM, "2022-06-23", about(5500000), 2, "reported", {
    notes: "Round 6: some 5.5 million internally displaced had gone home, especially to the north and Kyiv.",
  }),

  // Evacuations and departures
  fig(I.EVACUATED, L.DONETSKA, S.PRESIDENT_UA, "2022-08-09", moreThan(1300000), 3, "reported", {
    pub: "2022-08-09",
    url: "https://kyivindependent.com/news-feed/official-over-1-3-million-people-have-been-evacuated-from-donetsk-oblast-since-feb-24",
    place: "Ukrainian-controlled parts of Donetsk oblast",
    notes: "Kyrylo Tymoshenko: over 1.3 million evacuated since 24 February 2022.",
  }),
  fig(I.EVACUATED, L.DONETSKA, S.PRESIDENT_UA, "2022-08-09", moreThan(3000), 3, "reported", {
    periodStart: "2022-08-03",
    pub: "2022-08-09",
    url: "https://kyivindependent.com/news-feed/official-over-1-3-million-people-have-been-evacuated-from-donetsk-oblast-since-feb-24",
    place: "Ukrainian-controlled parts of Donetsk oblast",
    notes: "Over the six days of the mandatory evacuation so far: over 3,000 civilians, including 600 children.",
  }),
  fig(I.EVACUATED, L.DONETSKA, S.DONETSK_OVA, "2022-08-15", exact(5575), 3, "reported", {
    periodStart: "2022-08-02",
    pub: "2022-08-15",
    url: "https://babel.ua/en/news/82972-donetsk-oblast-governor-5-575-people-left-the-region-since-the-evacuation-began",
    place: "Donetsk oblast, Government-controlled part",
    notes: "Evacuated under the mandatory evacuation since it began on 2 August; 'three quarters' of the population have left.",
  }),
  fig(I.EVACUATED, L.DONETSKA, S.DONETSK_OVA, "2022-08-26", about(1300000), 3, "reported", {
    pub: "2022-08-26",
    url: "https://kyivindependent.com/uncategorized/governor-1-3-million-people-evacuated-from-ukrainian-held-part-of-donetsk-oblast-since-feb-24",
    place: "Ukrainian-held part of Donetsk oblast",
    notes: "1.3 million evacuated since 24 February; about 350,000 remain.",
  }),
  fig(I.EVACUATED, L.DONETSKA, S.DONETSK_OVA, "2023-03-15", moreThan(1100000), 3, "disputed", {
    pub: "2023-03-15",
    url: "https://www.ostro.org/news/u-bahmuti-dosi-zalyshayetsya-blyzko-3000-meshkantsiv-u-tomu-chysli-33-dytyny-kyrylenko-i410250",
    place: "Donetsk oblast",
    notes:
      "'Of 1,670,000 ... more than 1,100,000 have left since 24 February 2022' - lower than the 1.3 million the same administration gave in August 2022.",
  }),
  fig(I.EVACUATED, L.BAKHMUT, S.DONETSK_OVA, "2023-02-14", moreThan(12000), 3, "reported", {
    age: "child",
    pub: "2023-02-14",
    url: "https://news.az/news/fewer-than-5000-civilians-remain-in-eastern-ukrainian-city-of-bakhmut-military-says",
    notes:
      "'More than 12,000 children have been evacuated from Bakhmut' (CNN). A month later Kyrylenko said 'about 12,000 such children' in the region - possibly the same figure.",
  }),
  fig(I.EVACUATED, L.MARIUPOL, S.OHCHR, "2022-06-16", atMost(350000), 2, "reported", {
    pub: "2022-06-16",
    notes: "High Commissioner Bachelet: up to 350,000 residents fled during the siege and occupation.",
  }),

  // People moved to Russia: Russia's "evacuees" vs UNHCR's refugees
  ...(
    [
      ["2022-05-03", 1103701, 197927, "https://tass.com/military-operation-in-ukraine/1446547"],
      ["2022-05-08", 1185791, 206610, "https://tass.com/world/1448517"],
      ["2022-06-21", 2002773, 318144, null],
    ] as const
  ).flatMap(([asOf, total, children, url]) => {
    const o = {
      pub: asOf,
      url,
      place: "dangerous areas of Ukraine and the 'Donetsk and Luhansk People's Republics'",
      notes:
        "Col. Gen. Mikhail Mizintsev, National Defence Management Centre: 'evacuated to Russia ... without the participation of the Ukrainian side', since 24 February 2022. " +
        "Ukraine describes many of these transfers as forcible deportations; unverifiable.",
    };
    return [
      fig(I.MOVED_TO_RUSSIA, L.UA, S.MOD_RU, asOf, exact(total), 4, "disputed", o),
      fig(I.MOVED_TO_RUSSIA, L.UA, S.MOD_RU, asOf, exact(children), 4, "disputed", { ...o, age: "child" as const }),
    ];
  }),
  fig(I.MOVED_TO_RUSSIA, L.UA, S.UNHCR, "2022-12-06", about(2852395), 3, "reported", {
    url: "https://data.unhcr.org/en/situations/ukraine",
    place: "Russian Federation (refugees from Ukraine)",
    notes:
      "Refugees from Ukraine recorded in the Russian Federation, the largest single figure in UNHCR's European total; compiled from Russian authorities' data.",
  }),
  fig(I.MOVED_TO_RUSSIA, L.UA, S.MOD_RU, "2022-07-08", exact(25064), 4, "disputed", {
    periodStart: "2022-07-08",
    status: "draft",
    url: "https://www.tellerreport.com/news/2022-07-09-ministry-of-defense--more-than-25-thousand-people-were-evacuated-to-russia-from-the-lpr--dpr-and-ukraine.ByZKotLPo5.html",
    notes: "One day: 25,064 people including 4,175 children. Draft: the cumulative total of the same briefing is still to be found.",
  }),
];

// =============================================================== infrastructure

const DPR_PLACE = '"Donetsk People\'s Republic" (Russian-controlled areas of Donetsk oblast)';

const infrastructure: FigureSeed[] = [
  // Housing: KSE (all Ukraine and Donetsk oblast) vs the "DPR" (damage it attributes to Ukraine)
  fig(I.HOUSING_DAMAGED, L.UA, S.KSE, "2022-03-17", atLeast(1600), 3, "reported", {
    url: "https://kse.ua/about-the-school/news/za-tizhden-zbitki-naneseni-v-hodi-viyni-infrastrukturi-ukrayini-zrosli-shhonaymenshe-na-8-3-mlrd/",
    notes:
      "First weeks: at least 1,600 residential buildings damaged, destroyed or captured; the project warned the data were far from complete.",
  }),
  fig(I.HOUSING_DAMAGED, L.UA, S.KSE, "2022-09-01", about(135800), 2, "reported", {
    url: "https://ukranews.com/en/news/889469-occupiers-caused-damage-to-ukrainian-infrastructure-for-usd-127-billion-since-war-start-kse",
    notes: "119,900 private houses, 15,600 apartment buildings, 200 dormitories; 7.3% of the housing stock by area.",
  }),
  fig(I.HOUSING_DAMAGED, L.UA, S.KSE, "2022-12-31", about(149300), 2, "reported", {
    url: "https://ukranews.com/en/news/910814-occupiers-caused-damage-to-ukrainian-infrastructure-for-usd-138-billion-since-beginning-of-war-kse",
    notes: "'Over 10 months of war': 131,400 private houses, 17,500 apartment buildings, 280 dormitories.",
  }),
  fig(I.HOUSING_DAMAGED, L.UA, S.KSE, "2023-02-28", moreThan(150000), 2, "reported", {
    url: "https://ukranews.com/en/news/922822-occupiers-caused-damage-to-infrastructure-of-ukraine-for-usd-144-billion-during-year-of-war-kse",
    notes: "One-year assessment (as of February 2023).",
  }),
  fig(I.HOUSING_DAMAGED, L.UA, S.KSE, "2023-05-31", moreThan(163000), 2, "reported", {
    pub: "2023-06-26",
    url: "https://kse.ua/about-the-school/news/over-54-billion-in-damage-to-ukraine-s-housing-stock-as-a-result-of-a-full-scale-war-as-of-the-end-of-may-2023/",
    notes: "About 144,000 private houses (nearly 59,000 destroyed) and 18,600 apartment buildings (5,400 destroyed).",
  }),
  fig(I.HOUSING_DAMAGED, L.UA, S.KSE, "2023-09-01", about(167200), 2, "reported", {
    url: "https://ukranews.com/en/news/959583-since-beginning-of-war-occupiers-have-caused-usd-151-2-billion-in-damage-to-ukraine-s",
    notes: "147,800 private houses, 19,100 apartment buildings, 350 dormitories.",
  }),
  fig(I.HOUSING_DAMAGED, L.DONETSKA, S.KSE, "2023-05-31", moreThan(84000), 3, "reported", {
    pub: "2023-06-26",
    url: "https://kse.ua/about-the-school/news/over-54-billion-in-damage-to-ukraine-s-housing-stock-as-a-result-of-a-full-scale-war-as-of-the-end-of-may-2023/",
    notes:
      "As summarised in secondary reporting of the KSE update; KSE's own text gives 'more than 18,000 houses completely destroyed' in Donetsk region (over 40% of the national total). Check the original before reuse.",
  }),
  fig(I.HOUSING_DAMAGED, L.DONETSKA, S.DPR, "2022-09-19", about(7477), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2022-09-19",
    url: "https://tass.com/world/1509941",
    place: DPR_PLACE,
    notes: "Houses damaged by what the 'DPR' says was Ukrainian shelling since 17 February 2022.",
  }),
  fig(I.HOUSING_DAMAGED, L.DONETSKA, S.DPR, "2022-12-26", about(9336), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2022-12-26",
    url: "https://tass.com/politics/1555877",
    place: DPR_PLACE,
    notes: "Residential buildings damaged, attributed to Ukrainian fire.",
  }),
  fig(I.HOUSING_DAMAGED, L.DONETSKA, S.DPR, "2023-05-29", about(11012), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2023-05-29",
    url: "https://tass.com/emergencies/1624811",
    place: DPR_PLACE,
    notes: "Houses ruined or damaged, attributed to Ukrainian fire.",
  }),
  fig(I.HOUSING_DAMAGED, L.BAKHMUT, S.KSE, "2023-05-31", noInfo, 6, "reported", {
    url: "https://kse.ua/about-the-school/news/over-54-billion-in-damage-to-ukraine-s-housing-stock-as-a-result-of-a-full-scale-war-as-of-the-end-of-may-2023/",
    notes:
      "KSE lists Bakhmut among the cities with the most damaged housing but gives no count for it. (The mayor: 'not a single building has survived'; no number either.)",
  }),

  // Health
  fig(I.HEALTH_DAMAGED, L.UA, S.KSE, "2022-03-17", atLeast(36), 3, "reported", {
    url: "https://kse.ua/about-the-school/news/za-tizhden-zbitki-naneseni-v-hodi-viyni-infrastrukturi-ukrayini-zrosli-shhonaymenshe-na-8-3-mlrd/",
    notes: "At least 36 health care facilities damaged, destroyed or captured in the first three weeks.",
  }),
  fig(I.HEALTH_DAMAGED, L.UA, S.OHCHR, "2022-09-27", atLeast(252), 2, "verified", {
    pub: "2022-09-27",
    url: "https://censor.net/en/news/3369927/as_result_of_aggression_of_russian_federation_5996_people_died_in_ukraine_including_382_children_another",
    notes: "Matilda Bogner: 252 medical facilities recorded as damaged or destroyed; 'actual numbers are also higher'.",
  }),
  fig(I.HEALTH_DAMAGED, L.DONETSKA, S.DPR, "2023-02-24", moreThan(130), 4, "reported", {
    periodStart: "2022-02-24",
    pub: "2023-02-24",
    place: '"DPR" within the line of contact before 24 February 2022',
    notes: "Ombudsperson Morozova's annual report: over 130 medical institutions damaged by Ukrainian shelling in the year.",
  }),
  fig(I.HEALTH_DAMAGED, L.DONETSKA, S.DPR, "2023-05-29", about(149), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2023-05-29",
    url: "https://tass.com/emergencies/1624811",
    place: DPR_PLACE,
  }),
  fig(I.HEALTH_DAMAGED, L.DONETSKA, S.DPR, "2024-01-01", about(193), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2024-01-02",
    place: DPR_PLACE,
  }),
  fig(I.HEALTH_ATTACKS, L.UA, S.WHO, "2022-03-17", atLeast(43), 2, "verified", {
    pub: "2022-03-17",
    notes: "Tedros: 43 verified attacks on health care, 12 people killed and 34 injured including health workers.",
  }),
  fig(I.HEALTH_ATTACKS, L.UA, S.WHO, "2022-04-07", atLeast(103), 2, "verified", {
    pub: "2022-04-07",
    notes: "103 attacks, 89 of them affecting health facilities; 73 killed and 51 injured in attacks on health care.",
  }),
  fig(I.HEALTH_ATTACKS, L.UA, S.WHO, "2023-10-05", atLeast(1243), 2, "verified", {
    pub: "2023-10-05",
    notes: "WHO Ukraine country office: 1,243 attacks on health care confirmed since 24 February 2022.",
  }),

  // Education
  fig(I.SCHOOLS_DAMAGED, L.UA, S.MOE, "2022-03-13", about(379), 3, "reported", {
    pub: "2022-03-13",
    url: "https://mon.gov.ua/ua/news/ministry-education-and-science-ukraine-launching-interactive-map-destroyed-and-damaged-educational-institutions",
    notes: "First 18 days; the ministry's map then lacked data for Chernihiv, Kharkiv and Luhansk regions.",
  }),
  fig(I.SCHOOLS_DAMAGED, L.UA, S.OHCHR, "2022-09-27", atLeast(415), 2, "verified", {
    pub: "2022-09-27",
    url: "https://censor.net/en/news/3369927/as_result_of_aggression_of_russian_federation_5996_people_died_in_ukraine_including_382_children_another",
    notes: "OHCHR-recorded educational facilities damaged or destroyed - a verified floor, several times below the ministry's count.",
  }),
  fig(I.SCHOOLS_DAMAGED, L.UA, S.MOE, "2023-02-21", about(3128), 3, "reported", {
    url: "https://babel.ua/en/news/90775-the-ministry-of-education-recommends-switching-to-distance-learning-from-february-22-to-24",
    notes: "Minister Shkarlet: 3,128 educational institutions damaged, 441 of them completely destroyed.",
  }),
  fig(I.SCHOOLS_DAMAGED, L.UA, S.KSE, "2023-09-01", moreThan(3500), 2, "reported", {
    url: "https://ukranews.com/en/news/959583-since-beginning-of-war-occupiers-have-caused-usd-151-2-billion-in-damage-to-ukraine-s",
    notes: "More than 3,500 educational facilities, over 1,700 of them secondary schools.",
  }),
  fig(I.SCHOOLS_DAMAGED, L.UA, S.MOE, "2022-10-31", about(3194), 3, "reported", {
    status: "draft",
    url: "https://uacrisis.org/en/skilky-zrujnovano-osvitnih-zakladiv-z-pochatku-povnomasshtabnogo-vtorgnennya",
    notes:
      "3,194 (2,895 damaged, 299 destroyed; Donetsk region 760). Date of the ministry's count not given in the report (placeholder date).",
  }),
  fig(I.SCHOOLS_DAMAGED, L.DONETSKA, S.MOE, "2022-10-31", about(760), 3, "reported", {
    status: "draft",
    url: "https://uacrisis.org/en/skilky-zrujnovano-osvitnih-zakladiv-z-pochatku-povnomasshtabnogo-vtorgnennya",
    notes: "Donetsk region share of the 3,194 above; same undated count (placeholder date).",
  }),
  fig(I.SCHOOLS_DAMAGED, L.DONETSKA, S.DPR, "2023-02-24", moreThan(480), 4, "reported", {
    periodStart: "2022-02-24",
    pub: "2023-02-24",
    place: '"DPR" within the line of contact before 24 February 2022',
    notes: "Ombudsperson Morozova's annual report.",
  }),
  fig(I.SCHOOLS_DAMAGED, L.DONETSKA, S.DPR, "2023-05-29", about(542), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2023-05-29",
    url: "https://tass.com/emergencies/1624811",
    place: DPR_PLACE,
  }),
  fig(I.SCHOOLS_DAMAGED, L.DONETSKA, S.DPR, "2024-01-01", about(674), 4, "reported", {
    periodStart: "2022-02-17",
    pub: "2024-01-02",
    place: DPR_PLACE,
  }),

  // Water
  fig(I.NO_WATER, L.UA, S.UNICEF, "2022-04-13", about(1400000), 2, "reported", {
    pub: "2022-04-13",
    url: "https://www.upi.com/Top_News/World-News/2022/04/13/UNICEF-14-million-without-access-to-piped-water-in-Ukraine/7901649888991/",
    place: "eastern Ukraine",
    notes:
      "1.4 million people without piped water in eastern Ukraine; 4.6 million more at risk of losing it; 340,000 more if the Horlivka reservoir runs dry.",
  }),
  fig(I.NO_WATER, L.SLOVIANSK, S.OCHA, "2022-06-20", about(25000), 3, "reported", {
    pub: "2022-06-21",
    url: "https://m.reliefweb.int/report/3858901/ukraine/humanitarians-deliver-life-saving-supplies-people-caught-fighting-donetska-oblast-enuk",
    notes: "Hostilities damaged the water system, leaving the 25,000 people who remain without piped water.",
  }),
  fig(I.NO_WATER, L.BAKHMUT, S.OCHA, "2023-03-21", about(3000), 3, "reported", {
    pub: "2023-03-21",
    url: "https://reliefweb.int/report/ukraine/ukraine-deterioration-humanitarian-situation-donetska-oblast-flash-update-1-bakhmut-21-mar-2023-enruuk",
    notes:
      "Derived by the editors: OCHA says the town is disconnected from water, electricity and gas, so all ~3,000 remaining residents are counted.",
  }),
  fig(I.NO_WATER, L.CHASIV_YAR, S.OCHA, "2023-03-10", noInfo, 6, "reported", {
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    notes: "'All water has been trucked in' and gas was cut a month earlier, but OCHA gave no number of people affected.",
  }),
];

// =============================================================== access

const access: FigureSeed[] = [
  fig(I.CONVOYS, L.UA, S.OCHA, "2022-04-05", exact(4), 1, "verified", {
    periodStart: "2022-02-24",
    pub: "2022-04-06",
    url: "https://reliefweb.int/report/ukraine/ukraine-humanitarian-impact-situation-report-1200-pm-eet-6-april-2022",
    notes: "The fourth UN-organised convoy (to Sievierodonetsk, 5 April) through the Humanitarian Notification System.",
  }),
  fig(I.CONVOYS, L.UA, S.OCHA, "2023-02-03", exact(30), 1, "verified", {
    periodStart: "2022-03-01",
    pub: "2023-02-03",
    url: "https://www.unognewsroom.org/story/en/1452/ukraine-inter-agency-convoys-ocha-03-february-2023",
    notes: "'Over the past 11 months, 30 United Nations inter-agency convoys' - all to Government-controlled areas.",
  }),
  fig(I.CONVOYS, L.UA, S.OCHA, "2023-02-03", exact(0), 1, "verified", {
    periodStart: "2022-03-01",
    pub: "2023-02-03",
    url: "https://www.unognewsroom.org/story/en/1452/ukraine-inter-agency-convoys-ocha-03-february-2023",
    place: "areas of Ukraine under Russian military control",
    notes:
      "Zero, not missing data: notifications were sent, but 'we have not been given the adequate assurances of security to go to these areas' (Jens Laerke).",
  }),
  fig(I.CONVOYS, L.UA, S.OCHA, "2023-03-10", exact(26), 1, "verified", {
    periodStart: "2023-01-01",
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    notes: "Inter-agency convoys to communities close to the front line so far in 2023.",
  }),
  fig(I.CONVOYS, L.DONETSKA, S.OCHA, "2023-03-10", moreThan(10), 1, "verified", {
    periodStart: "2023-01-01",
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    place: "areas controlled by Ukraine in the Donetsk region",
  }),
  fig(I.CONVOYS, L.DONETSKA, S.OCHA, "2023-03-22", exact(11), 1, "verified", {
    periodStart: "2023-01-01",
    pub: "2023-03-22",
    url: "https://unocha.org/news/todays-top-news-ukraine-mozambique-drc-syria-turkiye",
    place: "areas controlled by Ukraine's Government in the Donetsk region",
    notes:
      "'This year, 11 humanitarian convoys have reached communities ... providing assistance to more than 100,000 people.' Date of the digest approximate (late March 2023).",
  }),
  fig(I.CONVOYS, L.BAKHMUTSKYI, S.OCHA, "2023-03-21", exact(7), 1, "verified", {
    periodStart: "2023-01-01",
    pub: "2023-03-21",
    url: "https://reliefweb.int/report/ukraine/ukraine-deterioration-humanitarian-situation-donetska-oblast-flash-update-1-bakhmut-21-mar-2023-enruuk",
    place: "Bakhmut and surrounding areas",
  }),
  fig(I.CONVOY_REACH, L.UA, S.OCHA, "2023-03-10", about(230000), 2, "reported", {
    periodStart: "2023-01-01",
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    notes: "'Supporting nearly 230,000 people' with the 26 convoys of 2023.",
  }),
  fig(I.CONVOY_REACH, L.DONETSKA, S.OCHA, "2023-03-10", about(100000), 2, "reported", {
    periodStart: "2023-01-01",
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    place: "areas controlled by Ukraine in the Donetsk region",
  }),
  fig(I.CONVOY_REACH, L.BAKHMUTSKYI, S.OCHA, "2023-03-21", about(70000), 2, "reported", {
    periodStart: "2023-01-01",
    pub: "2023-03-21",
    url: "https://reliefweb.int/report/ukraine/ukraine-deterioration-humanitarian-situation-donetska-oblast-flash-update-1-bakhmut-21-mar-2023-enruuk",
    place: "Bakhmut and surrounding areas",
    notes: "Seven convoys with food, water and medical supplies 'to about 70,000 people remaining in Bakhmut and surrounding areas'.",
  }),
  fig(I.CONVOY_REACH, L.KRAMATORSKYI, S.OCHA, "2022-06-20", about(64000), 2, "reported", {
    periodStart: "2022-06-20",
    pub: "2022-06-21",
    url: "https://m.reliefweb.int/report/3858901/ukraine/humanitarians-deliver-life-saving-supplies-people-caught-fighting-donetska-oblast-enuk",
    place: "Kramatorsk and Sloviansk",
    notes: "One 12-truck convoy: supplies for nearly 64,000 people.",
  }),
  fig(I.CONVOY_REACH, L.BAKHMUTSKYI, S.OCHA, "2023-01-20", about(800), 2, "reported", {
    periodStart: "2023-01-20",
    pub: "2023-01-20",
    url: "https://www.newsbreak.com/news/2897231421337/first-u-n-aid-convoy-reaches-sites-near-ukraine-s-frontline",
    place: "close to Soledar (exact location not given)",
    notes: "First UN delivery to the area: a three-truck convoy for around 800 people (Jens Laerke, via Reuters).",
  }),
  fig(I.CONVOY_REACH, L.CHASIV_YAR, S.OCHA, "2023-03-10", about(2000), 2, "reported", {
    periodStart: "2023-03-10",
    pub: "2023-03-10",
    url: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    notes: "Three trucks: medical supplies for three months, hygiene supplies for 2,000 people, food for 750 people for a month.",
  }),
  fig(I.CONVOY_REACH, L.BAKHMUT, S.OCHA, "2023-05-20", noInfo, 6, "reported", {
    periodStart: "2023-02-13",
    notes:
      "No OCHA figure for deliveries inside Bakhmut itself after Ukraine's military barred aid workers from the city on 13 February 2023; convoys stopped at Chasiv Yar and Kostiantynivka.",
  }),
];

export const figures: readonly FigureSeed[] = [...civilians, ...military, ...displacement, ...infrastructure, ...access];
