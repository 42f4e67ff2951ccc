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
    notesUk:
      "Оприлюднює лише дані про жертви серед цивільного населення, які перевірила щодо кожного випадку окремо, і в " +
      "кожному оновленні наголошує, що реальні цифри значно вищі (зокрема щодо Маріуполя, Лисичанська, Попасної та " +
      "Сєвєродонецька, де більшість випадків не враховано). Тому її цифри — нижня межа: тут вони записані як " +
      "«щонайменше».",
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
    notesUk:
      "Зводить дані про «біженців з України, зареєстрованих у Європі» з даних національних органів влади; правила " +
      "обліку в різних країнах різні, а цифри переглядають, іноді заднім числом. Цифру щодо Російської Федерації " +
      "надають органи влади Росії.",
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
    notesUk:
      "Оцінює внутрішнє переміщення за результатами репрезентативного для всієї країни телефонного опитування " +
      "(загальне опитування населення), яке проводять раундами. Це оцінки за опитуванням, а не дані реєстрації, і " +
      "вони не охоплюють території, підконтрольні Росії.",
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
    notesUk:
      "Координує міжагентські конвої (ці цифри — з перших рук). Чисельність населення прифронтових міст зазвичай бере " +
      "в місцевої влади або гуманітарних партнерів, тож вона приблизна.",
  },
  {
    name: S.WHO,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://www.who.int",
    reliability: "B",
    notes:
      "Counts verified attacks on health care in its Surveillance System for Attacks on Health Care (SSA); an attack is not the same as a damaged facility.",
    notesUk:
      "Обліковує підтверджені напади на систему охорони здоров’я у Системі спостереження за нападами на охорону " +
      "здоров’я (SSA); напад — не те саме, що пошкоджений заклад.",
  },
  {
    name: S.UNICEF,
    kind: "un_agency",
    affiliation: "United Nations",
    url: "https://www.unicef.org",
    reliability: "B",
    notes: "Water figures come from the WASH cluster it leads, with local water utilities.",
    notesUk: "Дані про водопостачання надходять від кластера WASH, який очолює ЮНІСЕФ, і від місцевих водоканалів.",
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
    notesUk:
      "Обласна військова адміністрація (начальник у 2022–2023 роках — Павло Кириленко). Дані стосуються " +
      "підконтрольної уряду частини області; кількість загиблих цивільних не враховує Маріуполь і Волноваху. Цифри " +
      "звучать на брифінгах і в телеінтерв’ю, часто округлені й подекуди розходяться від тижня до тижня (наприклад, " +
      "довоєнне населення Бахмута називали і 73 000, і 84 000).",
  },
  {
    name: S.BAKHMUT_CMA,
    kind: "government",
    affiliation: "Ukraine",
    url: null,
    reliability: "C",
    notes:
      "Local authority of Bakhmut (head of the city military administration and mayor: Oleksii Reva). Its figures reached the public through interviews and local media.",
    notesUk:
      "Місцева влада Бахмута (начальник міської військової адміністрації та міський голова — Олексій Рева). Її дані " +
      "ставали відомі з інтерв’ю та місцевих медіа.",
  },
  {
    name: S.AVDIIVKA_CMA,
    kind: "government",
    affiliation: "Ukraine",
    url: null,
    reliability: "C",
    notes: "Local authority of Avdiivka (head: Vitalii Barabash); counts of residents still in the town, from evacuation lists.",
    notesUk:
      "Місцева влада Авдіївки (начальник — Віталій Барабаш); кількість мешканців, які ще залишаються в місті, за списками на евакуацію.",
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
    notesUk:
      "Міська влада Маріуполя (міський голова Вадим Бойченко), яка працює поза межами міста після його окупації. Її " +
      "дані про загиблих — екстраполяції, які неможливо було перевірити на місці; вони зросли з близько 5 000 " +
      "(березень 2022 року) до «понад 20 000» (квітень 2022 року).",
  },
  {
    name: S.CABINET,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://www.kmu.gov.ua",
    reliability: "C",
    notes: "Includes Deputy Prime Minister and Minister for Reintegration Iryna Vereshchuk, who led evacuation appeals.",
    notesUk:
      "Зокрема віцепрем’єр-міністерка — міністерка з питань реінтеграції тимчасово окупованих територій Ірина " +
      "Верещук, яка очолювала заклики до евакуації.",
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
    notesUk:
      "Веде Єдину інформаційну базу даних про ВПО: це дані реєстрації, які враховують осіб, переміщених з 2014 року, " +
      "і не враховують тих, хто ніколи не реєструвався, тож вони за визначенням відрізняються від оцінок за " +
      "опитуваннями.",
  },
  {
    name: S.MOE,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://mon.gov.ua",
    reliability: "C",
    notes:
      "Counts damaged and destroyed educational institutions on its 'Saving Education' map; damage is self-reported by institutions and administrations.",
    notesUk:
      "Обліковує пошкоджені та зруйновані заклади освіти на мапі «Освіта під загрозою»; про пошкодження повідомляють " +
      "самі заклади та адміністрації.",
  },
  {
    name: S.PGO,
    kind: "government",
    affiliation: "Ukraine",
    url: "https://www.gp.gov.ua",
    reliability: "C",
    notes: "Juvenile prosecutors' count of children killed and injured; excludes the occupied territories where it cannot investigate.",
    notesUk:
      "Дані ювенальних прокурорів про загиблих і поранених дітей; не враховують тимчасово окуповані території, де розслідування неможливе.",
  },
  {
    name: S.PRESIDENT_UA,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: "https://www.president.gov.ua",
    reliability: "D",
    notes:
      "President Zelensky and his office (including advisers Mykhailo Podolyak and Tetiana Lomakina, and deputy head Kyrylo Tymoshenko). A party to the conflict: claims about enemy losses are unverifiable.",
    notesUk:
      "Президент Володимир Зеленський і його Офіс (зокрема радники Михайло Подоляк і Тетяна Ломакіна та заступник " +
      "керівника Кирило Тимошенко). Сторона конфлікту: заяви про втрати противника неможливо перевірити.",
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
    notesUk:
      "Щодня публікує наростаючий підсумок втрат Росії в особовому складі («особового складу ... ліквідовано»), який " +
      "у 2022–2023 роках широко подавали як кількість убитих російських військових. Пізніші заяви українських " +
      "посадовців описують цю цифру як загиблих і поранених; західні оцінки загиблих росіян у кілька разів нижчі. " +
      "Неможливо перевірити.",
  },
  {
    name: S.AFU_EAST,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: null,
    reliability: "D",
    notes:
      "Spokesman of the Eastern Group of Forces (Col. Serhii Cherevatyi) and Ground Forces commander (Col. Gen. Oleksandr Syrskyi), who commanded the defence of Bakhmut. Daily Russian-loss claims are unverifiable.",
    notesUk:
      "Речник Східного угруповання військ (полковник Сергій Череватий) і командувач Сухопутних військ " +
      "(генерал-полковник Олександр Сирський), який керував обороною Бахмута. Щоденні заяви про втрати Росії " +
      "неможливо перевірити.",
  },
  {
    name: S.MOD_UA,
    kind: "party_to_conflict",
    affiliation: "Ukraine",
    url: "https://www.mil.gov.ua",
    reliability: "D",
    notes: "Includes Deputy Defence Minister Hanna Maliar's statements on the front line.",
    notesUk: "Зокрема заяви заступниці міністра оборони Ганни Маляр про ситуацію на фронті.",
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
    notesUk:
      "Лише двічі оприлюднювало власні втрати (1 351 загиблий 25 березня 2022 року; 5 937 — 21 вересня 2022 року), і " +
      "обидві цифри спростовує поіменний облік загиблих Медіазони та BBC. Щоденні заяви про втрати України неможливо " +
      "перевірити; його цифри «евакуації» Україна вважає депортацією.",
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
    notesUk:
      "Заяви власника «Вагнера» Євгена Пригожина, здебільшого через його пресслужбу в Telegram та в інтерв’ю. Відомий " +
      "бравадою та заявами, від яких згодом відмовлявся; його цифру власних загиблих «Вагнера» за травень 2023 року " +
      "Білий дім назвав такою, що узгоджується з оцінками США.",
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
    notesUk:
      "Представництво так званої «ДНР» у Спільному центрі контролю та координації (СЦКК) і так звана омбудсменка " +
      "«ДНР» (Дар’я Морозова). Враховують лише жертви, які приписують українським обстрілам. З осені 2022 року їхні " +
      "загальні цифри включають території, захоплені у 2022 році (зокрема Маріуполь), через що ряд даних різко " +
      "зростає. Незалежного доступу немає.",
  },
  {
    name: S.WH_NSC,
    kind: "government",
    affiliation: "United States",
    url: "https://bidenwhitehouse.archives.gov/briefing-room/",
    reliability: "C",
    notes: "Spokesman John Kirby's casualty estimates from 'downgraded' or declassified US intelligence; the method is not published.",
    notesUk:
      "Оцінки втрат, які оприлюднював речник Джон Кірбі на основі розсекречених або знижених у грифі даних розвідки " +
      "США; методику не оприлюднено.",
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
    notesUk:
      "Зокрема заяви генерала Марка Міллі та заступника міністра Коліна Каля, а також секретні слайди, що потрапили в " +
      "мережу у квітні 2023 року; їхню автентичність частково заперечували (посадовці США заявляли, що деякі версії " +
      "були змінені).",
  },
  {
    name: S.UK_MOD,
    kind: "government",
    affiliation: "United Kingdom",
    url: "https://www.gov.uk/government/organisations/ministry-of-defence",
    reliability: "C",
    notes: "Defence Intelligence updates and statements by Defence Secretary Ben Wallace; ranges without a published method.",
    notesUk: "Оновлення оборонної розвідки та заяви міністра оборони Бена Воллеса; діапазони без оприлюдненої методики.",
  },
  {
    name: S.EC,
    kind: "other",
    affiliation: "European Union",
    url: "https://commission.europa.eu",
    reliability: "C",
    notes: "Recorded for a statement the Commission itself corrected the same day.",
    notesUk: "Записано через заяву, яку Комісія сама виправила того ж дня.",
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
    notesUk:
      "Поіменно обліковує загиблих російських військових за некрологами, офіційними заявами, дописами родичів і " +
      "даними з кладовищ. Це перевірений мінімум: автори зазначають, що реальна кількість щонайменше приблизно вдвічі " +
      "більша. Не враховує формування «ДНР»/«ЛНР».",
  },
  {
    name: S.MEDUZA_MZ,
    kind: "researcher",
    affiliation: "Independent Russian media (Mediazona, Meduza) with statistician Dmitry Kobak (University of Tübingen)",
    url: "https://meduza.io/en",
    reliability: "B",
    notes: "Excess-mortality estimate from Russia's national probate registry and Rosstat data, published with a 95% interval.",
    notesUk:
      "Оцінка надлишкової смертності за даними російського національного реєстру спадкових справ і Росстату, " +
      "оприлюднена з 95-відсотковим інтервалом.",
  },
  {
    name: S.NYT,
    kind: "media",
    affiliation: "United States",
    url: "https://www.nytimes.com",
    reliability: "B",
    notes:
      "Used where the newspaper reports estimates from unnamed US officials; the grade is the paper's, the estimate is the officials'.",
    notesUk:
      "Використано там, де газета наводить оцінки неназваних посадовців США; оцінка надійності стосується газети, а " +
      "сама оцінка — посадовців.",
  },
  {
    name: S.AP,
    kind: "media",
    affiliation: "United States",
    url: "https://apnews.com",
    reliability: "B",
    notes: "Own investigation of new graves in Mariupol from satellite imagery (December 2022).",
    notesUk: "Власне розслідування нових поховань у Маріуполі за супутниковими знімками (грудень 2022 року).",
  },
  {
    name: S.UP,
    kind: "media",
    affiliation: "Ukraine",
    url: "https://www.pravda.com.ua/eng/",
    reliability: "C",
    notes: "Ukrainian online newspaper; used for reporting and dating events.",
    notesUk: "Українське інтернет-видання; використано для повідомлень про події та їхнього датування.",
  },
  {
    name: S.HRW,
    kind: "ngo",
    affiliation: "Human Rights Watch (with Truth Hounds and SITU Research)",
    url: "https://www.hrw.org",
    reliability: "B",
    notes:
      "February 2024 report 'Our City Was Gone' on Mariupol: estimate of deaths from the excess of burials over normal mortality; does not separate civilians from combatants.",
    notesUk:
      "Звіт «Нашого міста більше немає» про Маріуполь (лютий 2024 року): оцінка кількості загиблих за перевищенням " +
      "кількості поховань над звичайною смертністю; не розрізняє цивільних і комбатантів.",
  },
  {
    name: S.ICRC,
    kind: "other",
    affiliation: "International Red Cross and Red Crescent Movement",
    url: "https://www.icrc.org",
    reliability: "B",
    notes: "Neutral humanitarian organisation; figures from its teams and local officials during convoys.",
    notesUk: "Нейтральна гуманітарна організація; дані від її команд і місцевих посадовців під час конвоїв.",
  },
  {
    name: S.KSE,
    kind: "researcher",
    affiliation: "Ukraine (Kyiv School of Economics, 'Russia Will Pay' project)",
    url: "https://kse.ua",
    reliability: "B",
    notes:
      "Damage assessment compiled from government, local-authority and citizen reports; counts are 'damaged or destroyed' and are revised as areas become accessible.",
    notesUk:
      "Оцінка збитків, зведена з повідомлень уряду, місцевої влади та громадян; обліковує «пошкоджені або зруйновані» " +
      "об’єкти, цифри переглядають, щойно території стають доступними.",
  },
  {
    name: S.ANON_UA,
    kind: "other",
    affiliation: "Ukraine",
    url: null,
    reliability: "F",
    notes: "Unnamed official speaking to The New York Times; reliability cannot be judged.",
    notesUk: "Неназваний посадовець, який говорив з The New York Times; надійність оцінити неможливо.",
  },
  {
    name: S.ANON_WEST,
    kind: "other",
    affiliation: "Western governments",
    url: null,
    reliability: "F",
    notes: "Unnamed Western officials speaking to UK media (The Guardian, Sky News); reliability cannot be judged.",
    notesUk: "Неназвані західні посадовці, які говорили з британськими медіа (The Guardian, Sky News); надійність оцінити неможливо.",
  },
  {
    name: S.VOLUNTEER,
    kind: "other",
    affiliation: "Ukraine",
    url: null,
    reliability: "F",
    notes: "A volunteer evacuating civilians from Bakhmut, quoted by name by The New York Times on 13 February 2023.",
    notesUk: "Волонтер, який евакуював цивільних із Бахмута; його назвала на ім’я The New York Times 13 лютого 2023 року.",
  },
];
