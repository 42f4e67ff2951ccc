// Dated claims and events around Bakhmut, 2022-2023, each attributed to the body that made the
// claim. Opposing claims are separate events on purpose (20-21 May 2023: Wagner and Russia's
// MoD claim the city, Ukraine's officials say fighting goes on).
import { L } from "./locations";
import { S } from "./sources";
import type { TimelineSeed } from "./types";

export const timeline: readonly TimelineSeed[] = [
  {
    occurredOn: "2022-06-16",
    title: "UN: Mariupol 'likely the deadliest place in Ukraine'",
    description:
      "High Commissioner Michelle Bachelet tells the Human Rights Council that 1,348 civilian deaths in Mariupol have been verified, including 70 children, " +
      "and that the real toll is 'likely thousands higher'. Ukraine's representative puts it at 'at least 22,000'.",
    location: L.MARIUPOL,
    source: S.OHCHR,
    sourceUrl: null,
    sourcePublishedAt: "2022-06-16",
    credibility: 2,
    verification: "verified",
    status: "published",
  },
  {
    occurredOn: "2022-07-30",
    title: "Zelensky announces mandatory evacuation of Donetsk oblast",
    description:
      "In his nightly address the President says the government has decided on a mandatory evacuation of the Donetsk region: 'the more people leave now, " +
      "the fewer people the Russian army will have time to kill'. Deputy PM Vereshchuk cites destroyed gas supplies before winter. Evacuation trains start on 1-2 August.",
    location: L.DONETSKA,
    source: S.PRESIDENT_UA,
    sourceUrl:
      "https://www.timeslive.co.za/news/world/ukraine-updates-or-ukraines-zelenskiy-announces-mandatory-evacuation-of-donetsk-region/",
    sourcePublishedAt: "2022-07-30",
    credibility: 1,
    verification: "verified",
    status: "published",
  },
  {
    occurredOn: "2022-08-01",
    title: "Russian forces begin the battle for Bakhmut (Ukrainian account)",
    description:
      "Ukrainian sources date the start of the fight for the city to 1 August 2022; the town had been shelled since May. " +
      "Prigozhin later counted the operation at 224 days, which would start it in early October.",
    location: L.BAKHMUT,
    source: S.UP,
    sourceUrl: "https://www.pravda.com.ua/eng/news/2023/06/1/7404754/",
    sourcePublishedAt: "2023-06-01",
    credibility: 2,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2022-09-21",
    title: "Shoigu: 5,937 Russian soldiers killed; 61,207 Ukrainian",
    description:
      "On the day partial mobilisation is announced, Russia's Defence Minister gives the last official Russian loss figure and claims Ukraine has lost 'around 100,000'. " +
      "Ukraine's General Staff puts Russian losses at 55,110 the same morning.",
    location: L.UA,
    source: S.MOD_RU,
    sourceUrl: "https://meduza.io/amp/en/news/2022/09/21/shoigu-says-5-937-russian-soldiers-have-died-in-ukraine",
    sourcePublishedAt: "2022-09-21",
    credibility: 1,
    verification: "verified",
    status: "published",
  },
  {
    occurredOn: "2022-12-20",
    title: "Zelensky visits Bakhmut",
    description:
      "The President visits troops in the city, which he calls Ukraine's 'fortress'; ten days earlier he said Russian forces had turned it into 'burnt ruins'.",
    location: L.BAKHMUT,
    source: S.PRESIDENT_UA,
    sourceUrl: "https://www.irishexaminer.com/world/arid-41032406.html",
    sourcePublishedAt: "2022-12-20",
    credibility: 1,
    verification: "verified",
    status: "published",
  },
  {
    occurredOn: "2022-12-22",
    title: "AP counts at least 10,300 new graves in Mariupol",
    description:
      "From satellite imagery March-December 2022, AP finds at least 10,300 new graves in and around occupied Mariupol, 8,500 of them at the Staryi Krym cemetery, " +
      "some holding several bodies, and says the death toll may be three times the 25,000 estimated by the city's exiled authorities.",
    location: L.MARIUPOL,
    source: S.AP,
    sourceUrl: "https://babel.ua/en/news/88512-the-associated-press-has-found-more-than-10-000-new-graves-in-mariupol-since-march",
    sourcePublishedAt: "2022-12-22",
    credibility: 2,
    verification: "corroborated",
    status: "published",
  },
  {
    occurredOn: "2023-01-11",
    title: "Prigozhin claims Wagner has taken Soledar",
    description:
      "Wagner's owner says his men control Soledar, 10 km north-east of Bakhmut, and the town is 'littered with Ukrainian servicemen'. The Kremlin says to wait for official statements; Ukraine says its troops are holding.",
    location: L.SOLEDAR,
    source: S.WAGNER,
    sourceUrl: null,
    sourcePublishedAt: "2023-01-11",
    credibility: 4,
    verification: "disputed",
    status: "published",
  },
  {
    occurredOn: "2023-01-13",
    title: "Russian MoD claims the capture of Soledar; Ukraine denies",
    description:
      "Russia's Defence Ministry says the 'liberation' of Soledar was completed on the evening of 12 January and opens the way to cut supply routes to Bakhmut. " +
      "Eastern Group spokesman Serhii Cherevatyi says fighting continues in the town.",
    location: L.SOLEDAR,
    source: S.MOD_RU,
    sourceUrl:
      "https://novayagazeta.eu/articles/2023/01/25/france-24-ukraines-forces-confirm-retreat-from-soledar-russias-defence-ministry-announced-capture-of-city-on-13-january-en-news",
    sourcePublishedAt: "2023-01-13",
    credibility: 3,
    verification: "disputed",
    status: "published",
  },
  {
    occurredOn: "2023-01-25",
    title: "Ukraine confirms its forces have left Soledar",
    description:
      "Cherevatyi: after months of heavy fighting the Defence Forces withdrew 'to preserve the lives of personnel' to prepared positions. The UK MoD had assessed a withdrawal by 16 January.",
    location: L.SOLEDAR,
    source: S.AFU_EAST,
    sourceUrl: "https://www.jpost.com/breaking-news/article-729593",
    sourcePublishedAt: "2023-01-25",
    credibility: 1,
    verification: "corroborated",
    status: "published",
  },
  {
    occurredOn: "2023-02-13",
    title: "Ukraine's military bars aid workers and civilians from entering Bakhmut",
    description:
      "Citing street fighting and shelling of the last main road, the army closes the city to volunteers, journalists and non-resident civilians; aid for residents is to be left in Kostiantynivka for soldiers to bring in. " +
      "Cherevatyi: 'the situation is critical', but the city is under Ukrainian control.",
    location: L.BAKHMUT,
    source: S.AFU_EAST,
    sourceUrl: "https://www.telegraphindia.com/world/kyiv-tells-aid-groups-to-leave-bakhmut/cid/1916308",
    sourcePublishedAt: "2023-02-13",
    credibility: 2,
    verification: "corroborated",
    status: "published",
  },
  {
    occurredOn: "2023-02-16",
    title: "Vereshchuk urges the ~6,000 civilians left in Bakhmut to leave",
    description:
      "'If you are proper, law-abiding and patriotic citizens you must evacuate immediately.' Five civilians were killed and nine injured in the city that day.",
    location: L.BAKHMUT,
    source: S.CABINET,
    sourceUrl: "https://www.pravda.com.ua/eng/news/2023/02/16/7389730/",
    sourcePublishedAt: "2023-02-16",
    credibility: 2,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-03-10",
    title: "UN convoy reaches Chasiv Yar, 10 km from Bakhmut",
    description:
      "Three trucks with assistance for some 2,000 people; the town, which also hosts people who fled Bakhmut, has had no gas for a month and all water is trucked in.",
    location: L.CHASIV_YAR,
    source: S.OCHA,
    sourceUrl: "https://ukraine.un.org/en/222624-note-correspondents-humanitarian-convoy-chasiv-yar",
    sourcePublishedAt: "2023-03-10",
    credibility: 1,
    verification: "verified",
    status: "published",
  },
  {
    occurredOn: "2023-03-21",
    title: "OCHA Flash Update on Bakhmut: around 3,000 civilians remain",
    description:
      "About 3,000 of 72,000 pre-war residents remain, mostly in basements, with no water, electricity or gas; seven inter-agency convoys have supported about 70,000 people in the Bakhmut area in 2023.",
    location: L.BAKHMUT,
    source: S.OCHA,
    sourceUrl:
      "https://reliefweb.int/report/ukraine/ukraine-deterioration-humanitarian-situation-donetska-oblast-flash-update-1-bakhmut-21-mar-2023-enruuk",
    sourcePublishedAt: "2023-03-21",
    credibility: 2,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-05-01",
    title: "White House: over 100,000 Russian casualties since December",
    description:
      "John Kirby: more than 100,000 Russian casualties including over 20,000 killed since December, about half of the dead Wagner fighters; he said Russia's offensive in the Donbas, largely through Bakhmut, had failed. " +
      "The figures were first reported as Bakhmut-only; Kirby clarified they cover all fronts. The Kremlin rejected them.",
    location: L.BAKHMUT,
    source: S.WH_NSC,
    sourceUrl: "https://www.newsweek.com/russia-lost-100000-soldiers-four-months-battle-bakhmut-us-1797689",
    sourcePublishedAt: "2023-05-01",
    credibility: 3,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-05-20",
    title: "Prigozhin claims Wagner has taken all of Bakhmut",
    description:
      "In a video on Telegram: 'Today, May 20, at 12:00, Bakhmut was completely taken.' Wagner will hand the city to the regular army and withdraw from 25 May.",
    location: L.BAKHMUT,
    source: S.WAGNER,
    sourceUrl: null,
    sourcePublishedAt: "2023-05-20",
    credibility: 3,
    verification: "disputed",
    status: "published",
  },
  {
    occurredOn: "2023-05-20",
    title: "Russian MoD: 'liberation of Artyomovsk' completed",
    description:
      "Late on 20 May the Defence Ministry confirms that Wagner assault units, supported by the Southern Group's artillery and aviation, have completed the capture; Putin congratulates Wagner and the army.",
    location: L.BAKHMUT,
    source: S.MOD_RU,
    sourceUrl: "https://www.siasat.com/bakhmut-falls-to-russian-forces-with-wagner-groups-assistance-2595163/",
    sourcePublishedAt: "2023-05-20",
    credibility: 3,
    verification: "disputed",
    status: "published",
  },
  {
    occurredOn: "2023-05-20",
    title: "Maliar: heavy fighting, Ukrainian troops hold the 'Litak' area",
    description:
      "Deputy Defence Minister Hanna Maliar: the situation is critical, but Ukrainian forces still control some industrial and infrastructure facilities and part of the private-housing sector.",
    location: L.BAKHMUT,
    source: S.MOD_UA,
    sourceUrl: "https://www.siasat.com/bakhmut-falls-to-russian-forces-with-wagner-groups-assistance-2595163/",
    sourcePublishedAt: "2023-05-20",
    credibility: 3,
    verification: "disputed",
    status: "published",
  },
  {
    occurredOn: "2023-05-21",
    title: "Zelensky at the G7 in Hiroshima: Bakhmut 'only in our hearts', then 'not occupied'",
    description:
      "Asked whether Bakhmut was still in Ukrainian hands, Zelensky's answer that it was 'only in our hearts' was read as a concession; at his closing press conference he said " +
      "Bakhmut 'is not occupied by the Russian Federation as of today ... there are no two or three interpretations' and that Ukrainian troops were still in the city.",
    location: L.BAKHMUT,
    source: S.PRESIDENT_UA,
    sourceUrl:
      "https://babel.ua/en/news/94112-zelensky-held-a-press-conference-in-hiroshima-about-the-counteroffensive-weapons-and-bakhmut",
    sourcePublishedAt: "2023-05-21",
    credibility: 3,
    verification: "disputed",
    status: "published",
  },
  {
    occurredOn: "2023-05-21",
    title: "Syrskyi: Ukrainian forces advancing on the flanks, a small part of the city held",
    description:
      "Ground Forces commander Oleksandr Syrskyi says Ukrainian troops keep a small part of Bakhmut and are advancing in the suburbs on the flanks, " +
      "keeping open the 'opportunity to enter the city' if circumstances change.",
    location: L.BAKHMUT,
    source: S.AFU_EAST,
    sourceUrl: null,
    sourcePublishedAt: "2023-05-21",
    credibility: 3,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-05-24",
    title: "Prigozhin: 20,000 Wagner fighters died at Bakhmut",
    description:
      "In an interview with Konstantin Dolgov, about half of them convicts; he puts Ukrainian losses at 50,000 dead. The White House says his figure is consistent with its own estimates.",
    location: L.BAKHMUT,
    source: S.WAGNER,
    sourceUrl:
      "https://www.scmp.com/news/world/russia-central-asia/article/3221722/russias-wagner-boss-says-more-20000-his-troops-died-bakhmut-battle",
    sourcePublishedAt: "2023-05-24",
    credibility: 3,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-05-25",
    title: "Wagner starts handing Bakhmut to the regular Russian army",
    description: "Prigozhin says his units are leaving for rear camps and will hand over positions by 1 June.",
    location: L.BAKHMUT,
    source: S.WAGNER,
    sourceUrl: null,
    sourcePublishedAt: "2023-05-25",
    credibility: 3,
    verification: "corroborated",
    status: "published",
  },
  {
    occurredOn: "2023-05-31",
    title: "Maliar: Ukraine controls the entrance and south-western outskirts of Bakhmut",
    description:
      "Deputy Defence Minister Maliar reports Russian shelling as heavy as at the worst of the battle. The same day mayor Reva says about 500 residents remain and 'not a single building' is left standing.",
    location: L.BAKHMUT,
    source: S.MOD_UA,
    sourceUrl: "https://www.yahoo.com/news/mayor-204-bakhmut-residents-killed-210105029.html",
    sourcePublishedAt: "2023-05-31",
    credibility: 3,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-07-10",
    title: "Mediazona and Meduza estimate about 47,000 Russian war dead",
    description:
      "A probate-registry study estimates 47,000 Russian men under 50 died in the war by late May 2023 (95% interval 40,000-55,000), against a named count of about 27,000 and the official 5,937.",
    location: L.UA,
    source: S.MEDUZA_MZ,
    sourceUrl: "https://en.zona.media/article/2023/07/10/stats",
    sourcePublishedAt: "2023-07-10",
    credibility: 2,
    verification: "reported",
    status: "published",
  },
  {
    occurredOn: "2023-09-17",
    title: "Ukraine says it has retaken Klishchiivka on Bakhmut's southern flank",
    description:
      "Two days after Andriivka, Syrskyi says Klishchiivka, on high ground about 9 km south of Bakhmut and held by Russia since January, has been 'cleared of Russians'. Russia's MoD reports continued fighting near the village.",
    location: L.BAKHMUTSKYI,
    source: S.AFU_EAST,
    sourceUrl: "https://www.politico.eu/article/ukraine-russia-war-klishchiivka-liberate-village-bakhmut-donetsk/",
    sourcePublishedAt: "2023-09-17",
    credibility: 2,
    verification: "corroborated",
    status: "published",
  },
  {
    occurredOn: "2023-11-21",
    title: "UN: verified civilian deaths in Ukraine pass 10,000",
    description:
      "The Human Rights Monitoring Mission says at least 10,000 civilians, including more than 560 children, have been killed since 24 February 2022; the actual figure is likely significantly higher.",
    location: L.UA,
    source: S.OHCHR,
    sourceUrl: "https://ukraine.un.org/en/253322-civilian-deaths-ukraine-war-top-10000-un-says",
    sourcePublishedAt: "2023-11-21",
    credibility: 2,
    verification: "verified",
    status: "published",
  },
  {
    occurredOn: "2023-02-17",
    title: "White House: Wagner has suffered more than 30,000 casualties",
    description:
      "Kirby: about 9,000 Wagner fighters killed, half of them since mid-December as fighting in Bakhmut intensified; 90% of those killed in December were convicts.",
    location: L.BAKHMUT,
    source: S.WH_NSC,
    sourceUrl: null,
    sourcePublishedAt: "2023-02-17",
    credibility: 3,
    verification: "reported",
    status: "submitted",
  },
];
