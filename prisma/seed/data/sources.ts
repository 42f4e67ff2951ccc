// Who made the claims in the demo data, with an Admiralty reliability grade (A completely
// reliable ... E unreliable, F cannot be judged). The grades are the demo editors' judgement,
// explained in each source's notes; they are not an official rating by anyone.
import type { SourceSeed } from "./types";

/** Source names, the natural key the other data files use. */
export const S = {
  OHCHR: "UN Human Rights Monitoring Mission in Ukraine (OHCHR)",
  UNHCR: "UNHCR, the UN Refugee Agency",
  IOM: "IOM Displacement Tracking Matrix (DTM) Ukraine",
  OCHA: "UN OCHA Ukraine",
  WHO: "World Health Organization (WHO)",
  UNICEF: "UNICEF",
  DONETSK_OVA: "Donetsk Regional Military Administration",
  BAKHMUT_CMA: "Bakhmut City Council and City Military Administration",
  AVDIIVKA_CMA: "Avdiivka City Military Administration",
  MARIUPOL_CC: "Mariupol City Council",
  CABINET: "Cabinet of Ministers of Ukraine",
  MSP: "Ministry of Social Policy of Ukraine",
  MOE: "Ministry of Education and Science of Ukraine",
  PGO: "Office of the Prosecutor General of Ukraine",
  PRESIDENT_UA: "Office of the President of Ukraine",
  GS_AFU: "General Staff of the Armed Forces of Ukraine",
  AFU_EAST: "Armed Forces of Ukraine, Eastern Group and Ground Forces command",
  MOD_UA: "Ministry of Defence of Ukraine",
  MOD_RU: "Ministry of Defence of the Russian Federation",
  WAGNER: "Wagner Group (Yevgeny Prigozhin)",
  DPR: 'Russian-installed "DPR" authorities (JCCC mission, ombudsperson)',
  WH_NSC: "White House National Security Council",
  US_DOD: "US Department of Defense",
  UK_MOD: "UK Ministry of Defence",
  EC: "European Commission",
  MEDIAZONA: "Mediazona and BBC News Russian (named-death count)",
  MEDUZA_MZ: "Mediazona and Meduza (probate-registry estimate)",
  NYT: "The New York Times",
  AP: "Associated Press",
  UP: "Ukrainska Pravda",
  HRW: "Human Rights Watch",
  ICRC: "International Committee of the Red Cross (ICRC)",
  KSE: "KSE Institute (Kyiv School of Economics)",
  ANON_UA: "Anonymous senior Ukrainian military official (via The New York Times)",
  ANON_WEST: "Anonymous Western officials (via UK media)",
  VOLUNTEER: "Bakhmut evacuation volunteer (quoted by The New York Times)",
} as const;

export type SourceName = (typeof S)[keyof typeof S];

export const sources: readonly SourceSeed[] = [
  {
    name: S.OHCHR,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://www.ohchr.org/en/countries/ukraine",
    reliability: "A",
    notes:
      "Publishes only civilian casualties it has verified case by case, and says every update that the real figures are " +
      "considerably higher (Mariupol, Lysychansk, Popasna and Sievierodonetsk are named as largely uncounted). " +
      "Its numbers are therefore floors: recorded here as 'at least'.",
  },
  {
    name: S.UNHCR,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://data.unhcr.org/en/situations/ukraine",
    reliability: "B",
    notes:
      "Compiles 'refugees from Ukraine recorded across Europe' from national authorities' data; counting rules differ by " +
      "country and figures are revised, sometimes retroactively. The figure for the Russian Federation comes from Russian authorities.",
  },
  {
    name: S.IOM,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://dtm.iom.int/ukraine",
    reliability: "B",
    notes:
      "Estimates internal displacement from a nationally representative telephone survey (General Population Survey) in rounds; " +
      "survey estimates, not registrations, and they exclude areas under Russian control.",
  },
  {
    name: S.OCHA,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://www.unocha.org/ukraine",
    reliability: "B",
    notes:
      "Coordinates the inter-agency convoys (its own numbers are first-hand). Population figures for front-line towns are usually " +
      "taken from local authorities or humanitarian partners and are approximate.",
  },
  {
    name: S.WHO,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://www.who.int",
    reliability: "B",
    notes:
      "Counts verified attacks on health care in its Surveillance System for Attacks on Health Care (SSA); an attack is not the same as a damaged facility.",
  },
  {
    name: S.UNICEF,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://www.unicef.org",
    reliability: "B",
    notes: "Water figures come from the WASH cluster it leads, with local water utilities.",
  },
  {
    name: S.DONETSK_OVA,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://dn.gov.ua",
    reliability: "C",
    notes:
      "Regional administration (head: Pavlo Kyrylenko, 2022-2023). Figures cover the Government-controlled part of the oblast; its civilian " +
      "death toll excludes Mariupol and Volnovakha. Figures are given in briefings and television interviews, often rounded and " +
      "sometimes inconsistent from one week to the next (e.g. Bakhmut's pre-war population given as 73,000 and as 84,000).",
  },
  {
    name: S.BAKHMUT_CMA,
    kind: "government",
    affiliation: "Ukraine",
    url: null,
    reliability: "C",
    notes:
      "Local authority of Bakhmut (head of the city military administration and mayor: Oleksii Reva). Its figures reached the public through interviews and local media.",
  },
  {
    name: S.AVDIIVKA_CMA,
    kind: "government",
    affiliation: "Ukraine",
    url: null,
    reliability: "C",
    notes: "Local authority of Avdiivka (head: Vitalii Barabash); counts of residents still in the town, from evacuation lists.",
  },
  {
    name: S.MARIUPOL_CC,
    kind: "government",
    affiliation: "Ukraine",
    url: null,
    reliability: "D",
    notes:
      "City authority of Mariupol (mayor Vadym Boichenko), working from outside the city after it was occupied. Its death tolls are " +
      "extrapolations that could not be checked on the ground; they grew from about 5,000 (March 2022) to 'more than 20,000' (April 2022).",
  },
  {
    name: S.CABINET,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://www.kmu.gov.ua",
    reliability: "C",
    notes: "Includes Deputy Prime Minister and Minister for Reintegration Iryna Vereshchuk, who led evacuation appeals.",
  },
  {
    name: S.MSP,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://www.msp.gov.ua",
    reliability: "B",
    notes:
      "Keeps the Unified Information Database of IDPs: registrations, which include people displaced since 2014 and miss those who never registered, " +
      "so they differ from survey estimates by design.",
  },
  {
    name: S.MOE,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://mon.gov.ua",
    reliability: "C",
    notes:
      "Counts damaged and destroyed educational institutions on its 'Saving Education' map; damage is self-reported by institutions and administrations.",
  },
  {
    name: S.PGO,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://www.gp.gov.ua",
    reliability: "C",
    notes: "Juvenile prosecutors' count of children killed and injured; excludes the occupied territories where it cannot investigate.",
  },
  {
    name: S.PRESIDENT_UA,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: "https://www.president.gov.ua",
    reliability: "D",
    notes:
      "President Zelensky and his office (including advisers Mykhailo Podolyak and Tetiana Lomakina, and deputy head Kyrylo Tymoshenko). A party to the conflict: claims about enemy losses are unverifiable.",
  },
  {
    name: S.GS_AFU,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: "https://www.facebook.com/GeneralStaff.ua",
    reliability: "D",
    notes:
      "Publishes a daily running total of Russian 'personnel losses' ('особового складу ... ліквідовано', personnel eliminated), widely " +
      "reported in 2022-2023 as Russian soldiers killed. Later Ukrainian statements describe the total as killed and wounded; Western " +
      "estimates of Russian deaths are several times lower. Unverifiable.",
  },
  {
    name: S.AFU_EAST,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: null,
    reliability: "D",
    notes:
      "Spokesman of the Eastern Group of Forces (Col. Serhii Cherevatyi) and Ground Forces commander (Col. Gen. Oleksandr Syrskyi), who commanded the defence of Bakhmut. Daily Russian-loss claims are unverifiable.",
  },
  {
    name: S.MOD_UA,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: "https://www.mil.gov.ua",
    reliability: "D",
    notes: "Includes Deputy Defence Minister Hanna Maliar's statements on the front line.",
  },
  {
    name: S.MOD_RU,
    kind: "party_to_conflict",
    affiliation: "Russian Federation",
    url: "https://eng.mil.ru",
    reliability: "E",
    notes:
      "Stated its own losses only twice (1,351 killed on 25 March 2022; 5,937 on 21 September 2022), both contradicted by the " +
      "Mediazona/BBC count of named dead. Daily claims of Ukrainian losses are unverifiable; Ukraine disputes its 'evacuation' figures as deportations.",
  },
  {
    name: S.WAGNER,
    kind: "party_to_conflict",
    affiliation: "Russian Federation (private military company Wagner)",
    url: null,
    reliability: "E",
    notes:
      "Statements of Wagner's owner Yevgeny Prigozhin, mostly via his press service on Telegram and interviews. Known for bluster and " +
      "for claims he later reversed; his May 2023 figure for Wagner's own dead was called consistent with US estimates by the White House.",
  },
  {
    name: S.DPR,
    kind: "party_to_conflict",
    affiliation: "Russian-installed authorities in occupied Donetsk oblast",
    url: null,
    reliability: "E",
    notes:
      "The 'DPR' mission to the Joint Centre for Control and Coordination (JCCC) and the 'DPR' ombudsperson (Daria Morozova). Count only " +
      "casualties they attribute to Ukrainian fire. From autumn 2022 their totals include areas captured in 2022 (Mariupol among them), which " +
      "makes the series jump. No independent access.",
  },
  {
    name: S.WH_NSC,
    kind: "government",
    affiliation: "United States",
    url: "https://bidenwhitehouse.archives.gov/briefing-room/",
    reliability: "C",
    notes: "Spokesman John Kirby's casualty estimates from 'downgraded' or declassified US intelligence; the method is not published.",
  },
  {
    name: S.US_DOD,
    kind: "government",
    affiliation: "United States",
    url: "https://www.defense.gov",
    reliability: "C",
    notes:
      "Includes statements by Gen. Mark Milley and Under Secretary Colin Kahl, and the classified slides leaked online in April 2023, whose " +
      "authenticity was partly disputed (US officials said some versions had been altered).",
  },
  {
    name: S.UK_MOD,
    kind: "government",
    affiliation: "United Kingdom",
    url: "https://www.gov.uk/government/organisations/ministry-of-defence",
    reliability: "C",
    notes: "Defence Intelligence updates and statements by Defence Secretary Ben Wallace; ranges without a published method.",
  },
  {
    name: S.EC,
    kind: "other",
    affiliation: "European Union",
    url: "https://commission.europa.eu",
    reliability: "C",
    notes: "Recorded for a statement the Commission itself corrected the same day.",
  },
  {
    name: S.MEDIAZONA,
    kind: "media",
    affiliation: "Independent Russian media (Mediazona) and BBC News Russian",
    url: "https://en.zona.media",
    reliability: "B",
    notes:
      "Counts Russian military dead by name from obituaries, official statements, relatives' posts and cemeteries. A verified minimum: the " +
      "authors say the real number is at least about twice as high. Excludes the 'DPR'/'LPR' formations.",
  },
  {
    name: S.MEDUZA_MZ,
    kind: "researcher",
    affiliation: "Independent Russian media (Mediazona, Meduza) with statistician Dmitry Kobak (University of Tübingen)",
    url: "https://meduza.io/en",
    reliability: "B",
    notes: "Excess-mortality estimate from Russia's national probate registry and Rosstat data, published with a 95% interval.",
  },
  {
    name: S.NYT,
    kind: "media",
    affiliation: "United States",
    url: "https://www.nytimes.com",
    reliability: "B",
    notes:
      "Used where the newspaper reports estimates from unnamed US officials; the grade is the paper's, the estimate is the officials'.",
  },
  {
    name: S.AP,
    kind: "media",
    affiliation: "United States",
    url: "https://apnews.com",
    reliability: "B",
    notes: "Own investigation of new graves in Mariupol from satellite imagery (December 2022).",
  },
  {
    name: S.UP,
    kind: "media",
    affiliation: "Ukraine",
    url: "https://www.pravda.com.ua/eng/",
    reliability: "C",
    notes: "Ukrainian online newspaper; used for reporting and dating events.",
  },
  {
    name: S.HRW,
    kind: "ngo",
    affiliation: "Human Rights Watch (with Truth Hounds and SITU Research)",
    url: "https://www.hrw.org",
    reliability: "B",
    notes:
      "February 2024 report 'Our City Was Gone' on Mariupol: estimate of deaths from the excess of burials over normal mortality; does not separate civilians from combatants.",
  },
  {
    name: S.ICRC,
    kind: "other",
    affiliation: "International Red Cross and Red Crescent Movement",
    url: "https://www.icrc.org",
    reliability: "B",
    notes: "Neutral humanitarian organisation; figures from its teams and local officials during convoys.",
  },
  {
    name: S.KSE,
    kind: "researcher",
    affiliation: "Ukraine (Kyiv School of Economics, 'Russia Will Pay' project)",
    url: "https://kse.ua",
    reliability: "B",
    notes:
      "Damage assessment compiled from government, local-authority and citizen reports; counts are 'damaged or destroyed' and are revised as areas become accessible.",
  },
  {
    name: S.ANON_UA,
    kind: "other",
    affiliation: "Ukraine",
    url: null,
    reliability: "F",
    notes: "Unnamed official speaking to The New York Times; reliability cannot be judged.",
  },
  {
    name: S.ANON_WEST,
    kind: "other",
    affiliation: "Western governments",
    url: null,
    reliability: "F",
    notes: "Unnamed Western officials speaking to UK media (The Guardian, Sky News); reliability cannot be judged.",
  },
  {
    name: S.VOLUNTEER,
    kind: "other",
    affiliation: "Ukraine",
    url: null,
    reliability: "F",
    notes: "A volunteer evacuating civilians from Bakhmut, quoted by name by The New York Times on 13 February 2023.",
  },
];
