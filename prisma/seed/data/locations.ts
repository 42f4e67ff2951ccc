// The places of the demo data, tied to P-codes.
//
// Copied from the reference data (/shared/data/donetsk-admin2.csv): Ukraine (UA), Donetska
// oblast (UA14) and its eight raions (UA1402 ... UA1416), with the English and Ukrainian names
// of that table.
//
// Derived, not copied from a register:
// - Bakhmutska hromada, UA1402001: raion code + three-digit hromada number, as described in
//   /shared/data/README.md (the first hromada of Bakhmutskyi raion; KATOTTG UA14020010000088496).
// - Settlements (admin level 4) are not in the reference data. They get a Crisis Ledger
//   placeholder code: the P-code of the lowest unit we hold for them (the hromada for Bakhmut,
//   else the raion), then "X" and a two-digit number in the order listed here
//   (e.g. UA1402X01 = first settlement placed directly under Bakhmutskyi raion). The "X" marks the
//   code as ours: official settlement P-codes use digits only. Replace them with the official
//   codes before publishing anything outside this demo.
//
// Coordinates: approximate town centres (recalled from public gazetteers, good to roughly a
// kilometre; stored with the column's 5 decimals). Admin areas have none.
import type { LocationSeed } from "./types";

/** P-codes, the natural key the other data files use. */
export const L = {
  UA: "UA",
  DONETSKA: "UA14",
  BAKHMUTSKYI: "UA1402",
  VOLNOVASKYI: "UA1404",
  HORLIVSKYI: "UA1406",
  DONETSKYI: "UA1408",
  KALMIUSKYI: "UA1410",
  KRAMATORSKYI: "UA1412",
  MARIUPOLSKYI: "UA1414",
  POKROVSKYI: "UA1416",
  BAKHMUTSKA: "UA1402001",
  BAKHMUT: "UA1402001X01",
  SOLEDAR: "UA1402X01",
  CHASIV_YAR: "UA1402X02",
  TORETSK: "UA1402X03",
  KRAMATORSK: "UA1412X01",
  SLOVIANSK: "UA1412X02",
  KOSTIANTYNIVKA: "UA1412X03",
  MARIUPOL: "UA1414X01",
  AVDIIVKA: "UA1416X01",
  POKROVSK: "UA1416X02",
  MARINKA: "UA1416X03",
} as const;

export type Pcode = (typeof L)[keyof typeof L];

const RAION_NOTE = "Copied from /shared/data/donetsk-admin2.csv (humanitarian admin-boundary P-codes, 2020 raions).";

const HROMADA_NOTE =
  "Derived, not copied from a published P-code table: raion code UA1402 + hromada number 001 (first hromada of Bakhmutskyi raion), " +
  "following /shared/data/README.md; national KATOTTG register code UA14020010000088496. Verify before publishing.";

const settlementNote = (parent: string, parentName: string) =>
  `Placeholder derived by Crisis Ledger, not an official P-code: ${parent} (${parentName}) + "X" + sequence number. ` +
  "Settlement P-codes are not in our reference data; replace with the official code before publishing.";

export const locations: readonly LocationSeed[] = [
  {
    pcode: L.UA,
    nameEn: "Ukraine",
    nameUk: "Україна",
    adminLevel: 0,
    parentPcode: null,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.DONETSKA,
    nameEn: "Donetska",
    nameUk: "Донецька",
    adminLevel: 1,
    parentPcode: L.UA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.BAKHMUTSKYI,
    nameEn: "Bakhmutskyi",
    nameUk: "Бахмутський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.VOLNOVASKYI,
    nameEn: "Volnovaskyi",
    nameUk: "Волноваський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.HORLIVSKYI,
    nameEn: "Horlivskyi",
    nameUk: "Горлівський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.DONETSKYI,
    nameEn: "Donetskyi",
    nameUk: "Донецький",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.KALMIUSKYI,
    nameEn: "Kalmiuskyi",
    nameUk: "Кальміуський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.KRAMATORSKYI,
    nameEn: "Kramatorskyi",
    nameUk: "Краматорський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.MARIUPOLSKYI,
    nameEn: "Mariupolskyi",
    nameUk: "Маріупольський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.POKROVSKYI,
    nameEn: "Pokrovskyi",
    nameUk: "Покровський",
    adminLevel: 2,
    parentPcode: L.DONETSKA,
    latitude: null,
    longitude: null,
    pcodeNote: RAION_NOTE,
  },
  {
    pcode: L.BAKHMUTSKA,
    nameEn: "Bakhmutska",
    nameUk: "Бахмутська",
    adminLevel: 3,
    parentPcode: L.BAKHMUTSKYI,
    latitude: null,
    longitude: null,
    pcodeNote: HROMADA_NOTE,
  },
  {
    pcode: L.BAKHMUT,
    nameEn: "Bakhmut",
    nameUk: "Бахмут",
    adminLevel: 4,
    parentPcode: L.BAKHMUTSKA,
    latitude: 48.59556,
    longitude: 38.00028,
    pcodeNote: settlementNote(L.BAKHMUTSKA, "Bakhmutska hromada"),
  },
  {
    pcode: L.SOLEDAR,
    nameEn: "Soledar",
    nameUk: "Соледар",
    adminLevel: 4,
    parentPcode: L.BAKHMUTSKYI,
    latitude: 48.67778,
    longitude: 38.08917,
    pcodeNote: settlementNote(L.BAKHMUTSKYI, "Bakhmutskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.CHASIV_YAR,
    nameEn: "Chasiv Yar",
    nameUk: "Часів Яр",
    adminLevel: 4,
    parentPcode: L.BAKHMUTSKYI,
    latitude: 48.58667,
    longitude: 37.83583,
    pcodeNote: settlementNote(L.BAKHMUTSKYI, "Bakhmutskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.TORETSK,
    nameEn: "Toretsk",
    nameUk: "Торецьк",
    adminLevel: 4,
    parentPcode: L.BAKHMUTSKYI,
    latitude: 48.39778,
    longitude: 37.8475,
    pcodeNote: settlementNote(L.BAKHMUTSKYI, "Bakhmutskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.KRAMATORSK,
    nameEn: "Kramatorsk",
    nameUk: "Краматорськ",
    adminLevel: 4,
    parentPcode: L.KRAMATORSKYI,
    latitude: 48.73861,
    longitude: 37.58444,
    pcodeNote: settlementNote(L.KRAMATORSKYI, "Kramatorskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.SLOVIANSK,
    nameEn: "Sloviansk",
    nameUk: "Слов’янськ",
    adminLevel: 4,
    parentPcode: L.KRAMATORSKYI,
    latitude: 48.85333,
    longitude: 37.60528,
    pcodeNote: settlementNote(L.KRAMATORSKYI, "Kramatorskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.KOSTIANTYNIVKA,
    nameEn: "Kostiantynivka",
    nameUk: "Костянтинівка",
    adminLevel: 4,
    parentPcode: L.KRAMATORSKYI,
    latitude: 48.52806,
    longitude: 37.70722,
    pcodeNote: settlementNote(L.KRAMATORSKYI, "Kramatorskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.MARIUPOL,
    nameEn: "Mariupol",
    nameUk: "Маріуполь",
    adminLevel: 4,
    parentPcode: L.MARIUPOLSKYI,
    latitude: 47.09583,
    longitude: 37.54944,
    pcodeNote: settlementNote(L.MARIUPOLSKYI, "Mariupolskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.AVDIIVKA,
    nameEn: "Avdiivka",
    nameUk: "Авдіївка",
    adminLevel: 4,
    parentPcode: L.POKROVSKYI,
    latitude: 48.13944,
    longitude: 37.7425,
    pcodeNote: settlementNote(L.POKROVSKYI, "Pokrovskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.POKROVSK,
    nameEn: "Pokrovsk",
    nameUk: "Покровськ",
    adminLevel: 4,
    parentPcode: L.POKROVSKYI,
    latitude: 48.28222,
    longitude: 37.17528,
    pcodeNote: settlementNote(L.POKROVSKYI, "Pokrovskyi raion; its hromada is not in our data"),
  },
  {
    pcode: L.MARINKA,
    nameEn: "Marinka",
    nameUk: "Мар’їнка",
    adminLevel: 4,
    parentPcode: L.POKROVSKYI,
    latitude: 47.94139,
    longitude: 37.50333,
    pcodeNote: settlementNote(L.POKROVSKYI, "Pokrovskyi raion; its hromada is not in our data"),
  },
];
