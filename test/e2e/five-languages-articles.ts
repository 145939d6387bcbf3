/**
 * One incident told in five languages (fictional wire copy written for the test): Kim Jong-un's
 * armoured train reaching the Russian border station of Khasan on Tuesday 17 March 2026, ahead of
 * talks with Vladimir Putin. Every article also tells other dated incidents that are not this one:
 * the departure from Pyongyang on Sunday 15 March (told in all five: one incident of its own) and
 * one incident that only its own outlet tells.
 */
export interface WireArticle {
  source: string;
  language: string;
  publishedAt: string;
  title: string;
  text: string;
}

export const FIVE_LANGUAGES: WireArticle[] = [
  {
    source: "Agence Hexagone",
    language: "fr",
    publishedAt: "2026-03-18T06:40:00Z",
    title: "Le train de Kim Jong-un est entré en Russie",
    text:
      "MOSCOU, 18 mars 2026 (Agence Hexagone) - Le dirigeant nord-coréen Kim Jong-un est arrivé mardi à Khassan, gare frontalière de l'Extrême-Orient russe, à bord de son train blindé, avant des entretiens avec Vladimir Poutine, a annoncé le Kremlin.\n" +
      "Kim Jong-un avait quitté Pyongyang dimanche après-midi, selon l'agence officielle KCNA.\n" +
      "Le 4 mars, le ministre russe des Affaires étrangères Sergueï Lavrov s'était rendu à Pyongyang pour préparer la visite.",
  },
  {
    source: "Northern Wire",
    language: "en",
    publishedAt: "2026-03-17T15:10:00Z",
    title: "Kim's armoured train reaches Russian border",
    text:
      "VLADIVOSTOK, Russia, March 17 (Northern Wire) - North Korean leader Kim Jong-un arrived at the Russian border station of Khasan on Tuesday aboard his armoured train, ahead of talks with President Vladimir Putin, the Kremlin said.\n" +
      "Kim left Pyongyang on Sunday afternoon with a delegation that includes his foreign minister, state media reported.\n" +
      "Putin last hosted Kim at the Vostochny cosmodrome in September 2023.",
  },
  {
    source: "Nachrichtendienst Mitte",
    language: "de",
    publishedAt: "2026-03-17T13:05:00Z",
    title: "Kims Panzerzug in Russland eingetroffen",
    text:
      "Moskau (NDM) - Der nordkoreanische Machthaber Kim Jong-un ist am Dienstag mit seinem gepanzerten Zug im russischen Grenzbahnhof Chassan eingetroffen. Dort wurde er zu Gesprächen mit Kremlchef Wladimir Putin erwartet, teilte der Kreml mit.\n" +
      "Kim Jong-un hat Pjöngjang am Sonntagnachmittag mit dem Zug verlassen, berichtete die staatliche Nachrichtenagentur KCNA.\n" +
      "Bereits am 2. März hatte Nordkorea nach südkoreanischen Angaben eine ballistische Rakete ins Japanische Meer abgefeuert.",
  },
  {
    source: "Agencia Meridiana",
    language: "es",
    publishedAt: "2026-03-18T09:20:00Z",
    title: "El tren de Kim Jong-un llega a Rusia",
    text:
      "Vladivostok (Rusia), 18 de marzo de 2026 (Agencia Meridiana).- El líder norcoreano Kim Jong-un llegó el martes a la estación fronteriza rusa de Jasán a bordo de su tren blindado, antes de sus conversaciones con el presidente Vladímir Putin, informó el Kremlin.\n" +
      "Kim partió de Pyongyang el domingo por la tarde, según la agencia estatal KCNA.\n" +
      "El pasado 10 de marzo, Corea del Sur y Estados Unidos iniciaron sus maniobras militares conjuntas anuales.",
  },
  {
    source: "Восточное агентство",
    language: "ru",
    publishedAt: "2026-03-17T11:30:00Z",
    title: "Бронепоезд Ким Чен Ына прибыл в Хасан",
    text:
      "ХАСАН, 17 марта 2026. /Восточное агентство/. Лидер КНДР Ким Чен Ын во вторник прибыл на бронепоезде на пограничную станцию Хасан в Приморском крае перед переговорами с Владимиром Путиным, сообщил Кремль.\n" +
      "Поезд Ким Чен Ына покинул Пхеньян в воскресенье днем, сообщило агентство ЦТАК.\n" +
      "В прошлую пятницу, 13 марта, Путин провел телефонный разговор с председателем КНР Си Цзиньпином.",
  },
];
