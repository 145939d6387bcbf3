/** Russian event triggers (perfective and imperfective forms, past/present/future) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

/** Past forms of a verb stem: "покину" → покинул, покинула, покинуло, покинули (+ reflexive). */
const PAST = (stem: string) => `${stem}(?:л|ла|ло|ли|лся|лась|лось|лись)`;

export const RU_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: `(?:${PAST("покину")}|покинет|покинут|${PAST("выеха")}|${PAST("отправи")}|${PAST("выехал")}|${PAST("улете")}|уехал\\p{L}*|отправится|отправятся|уедет|уедут|вылетит|вылетят)`, verb: "покидает", noun: "Отъезд", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "(?:отъезд\\p{L}*|отбыти\\p{L}*|вылет\\p{L}*)", verb: "покидает", noun: "Отъезд", placePrep: "из" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:${PAST("прибы")}|прибудет|прибудут|${PAST("приеха")}|приедет|${PAST("прилете")}|${PAST("пересе")}|${PAST("достиг")}|достиг)`, verb: "прибывает в", noun: "Прибытие", placePrep: "в" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "(?:прибыти\\p{L}*|приезд\\p{L}*|прилёт\\p{L}*|прилет\\p{L}*)", verb: "прибывает в", noun: "Прибытие", placePrep: "в" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:${PAST("посети")}|посетит|посещает|${PAST("побыва")}|${PAST("съезди")})`, verb: "посещает", noun: "Визит", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:визит\\p{L}*|поездк\\p{L}*|турне)", verb: "посещает", noun: "Визит", placePrep: "в" },
  { kind: "travel", sense: "return", pos: "verb", pattern: `(?:${PAST("верну")}|вернётся|вернется|${PAST("возврати")})`, verb: "возвращается в", noun: "Возвращение", placePrep: "в" },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:${PAST("встрети")}|встретится|встретятся|встречается|${PAST("приня")}|${PAST("провё")}|провёл|провел|${PAST("переговори")})`, verb: "встречается с", noun: "Встреча", placePrep: "в" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "саммит\\p{L}*", verb: "проводит саммит с", noun: "Саммит", placePrep: "в" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:встреч\\p{L}*|переговор\\p{L}*|конференци\\p{L}*|форум\\p{L}*|съезд\\p{L}*|заседани\\p{L}*|совещани\\p{L}*)", verb: "встречается с", noun: "Встреча", placePrep: "в" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:${PAST("заяви")}|заявляет|${PAST("сообщи")}|сообщает|сообщают|${PAST("сказа")}|говорит|${PAST("объяви")}|${PAST("подтверди")}|${PAST("предупреди")}|${PAST("обвини")}|${PAST("призва")}|${PAST("отмети")}|${PAST("опубликова")})`, verb: "заявляет", noun: "Заявление" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:заявлени\\p{L}*|сообщени\\p{L}*|выступлени\\p{L}*|доклад\\p{L}*|пресс-конференци\\p{L}*|коммюнике)", verb: "заявляет", noun: "Заявление", placePrep: "в", priority: 1 },
  { kind: "statement", sense: "denial", pos: "verb", pattern: `(?:${PAST("опроверг")}|опроверг|опровергает|${PAST("отрица")}|${PAST("отверг")}|отверг)`, verb: "опровергает", noun: "Опровержение", placePrep: "в" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:соглашени\\p{L}*|договор\\p{L}*|пакт\\p{L}*|контракт\\p{L}*|сделк\\p{L}*|меморандум\\p{L}*)", verb: "заключает соглашение", noun: "Соглашение", placePrep: "в" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${PAST("подписа")}|подпишет|подпишут|${PAST("договори")}|${PAST("ратифицирова")})`, verb: "подписывает", noun: "Подписание", placePrep: "в" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:испытани\\p{L}*|пуск\\p{L}*|запуск\\p{L}*|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|парад\\p{L}*)", verb: "испытывает", noun: "Испытание", placePrep: "в" },
  { kind: "military", sense: "test", pos: "verb", pattern: `(?:${PAST("запусти")}|${PAST("испыта")}|${PAST("выпусти")}|${PAST("размести")})`, verb: "запускает", noun: "Пуск", placePrep: "в" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${PAST("атакова")}|атакует|${PAST("нанё")}|нанёс|нанес|${PAST("обстреля")}|${PAST("вторг")}|вторглись|${PAST("уби")}|убит\\p{L}*|погиб\\p{L}*|ранен\\p{L}*)`, verb: "атакует", noun: "Атака", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:атак\\p{L}*|нападени\\p{L}*|теракт\\p{L}*|вторжени\\p{L}*|наступлени\\p{L}*|обстрел\\p{L}*|удар\\p{L}*|бо[ийея]\\p{L}*|войн\\p{L}*|конфликт\\p{L}*|кризис\\p{L}*)", verb: "атакует", noun: "Атака", placePrep: "в" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:вступил в должность|пришёл к власти|пришел к власти|принял присягу)", verb: "приходит к власти", noun: "Приход к власти", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:избран\\p{L}*|переизбран\\p{L}*|назначен\\p{L}*|${PAST("проголосова")}|(?:ушёл|ушел|ушла|ушли|уйдёт|уйдет|${PAST("пода")})\\s+в\\s+отставку)`, verb: "избран", noun: "Выборы" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:выбор\\p{L}*|голосовани\\p{L}*|референдум\\p{L}*)", verb: "избран", noun: "Выборы" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "отставк\\p{L}*", verb: "уходит в отставку", noun: "Отставка" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Восточн\\p{L}* экономическ\\p{L}* форум\\p{L}*|ВЭФ)", verb: "проходит", noun: "Экономический форум", placePrep: "в", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:санкци\\p{L}*|экспорт\\p{L}*|импорт\\p{L}*|инвестици\\p{L}*|сокращени\\p{L}*|поставк\\p{L}*)", verb: "объявляет", noun: "Экономика" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:${PAST("инвестирова")})`, verb: "инвестирует", noun: "Экономика" },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: `(?:${PAST("обанкроти")}|признан\\p{L}*\\s+банкрот\\p{L}*|(?:${PAST("объяви")}|${PAST("заяви")})\\s+о\\s+(?:своём\\s+|своем\\s+)?банкротстве)`, verb: "объявляет о банкротстве", noun: "Банкротство", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:банкротств\\p{L}*|несостоятельност\\p{L}*)", verb: "объявляет о банкротстве", noun: "Банкротство", priority: 1 },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: `(?:${PAST("купи")}|купит|купят|приобрёл|приобрел|приобрела|приобрели|приобретёт|приобретет|приобретут|${PAST("поглоти")}|поглотит|${PAST("объедини")}ся)`, verb: "приобретает", noun: "Приобретение" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:приобретени\\p{L}*|покупк\\p{L}*|поглощени\\p{L}*|слияни\\p{L}*)", verb: "приобретает", noun: "Приобретение" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: `(?:${PAST("прода")}|продаст|продадут)`, verb: "продаёт", noun: "Продажи" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "продаж\\p{L}*", verb: "продаёт", noun: "Продажи" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:землетрясени\\p{L}*|наводнени\\p{L}*|пожар\\p{L}*|ураган\\p{L}*|шторм\\p{L}*|тайфун\\p{L}*|взрыв\\p{L}*|авари\\p{L}*|катастроф\\p{L}*|крушени\\p{L}*|эпидеми\\p{L}*|пандеми\\p{L}*|извержени\\p{L}*)", verb: "обрушивается на", noun: "Катастрофа", placePrep: "в" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:${PAST("взорва")}|${PAST("обруши")}|${PAST("затопи")}|${PAST("разруши")}|${PAST("разби")})`, verb: "обрушивается на", noun: "Катастрофа", placePrep: "в" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:${PAST("задержа")}|задержан\\p{L}*|${PAST("арестова")}|арестован\\p{L}*|осужден\\p{L}*|осуждён\\p{L}*|${PAST("приговори")}|обвинён|обвинен\\p{L}*|оправдан\\p{L}*|освобожден\\p{L}*)`, verb: "обвиняется", noun: "Суд", placePrep: "в" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:суд\\p{L}*|приговор\\p{L}*|иск\\p{L}*|расследовани\\p{L}*|арест\\p{L}*|задержани\\p{L}*)", verb: "судим", noun: "Суд", placePrep: "в" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: `(?:${PAST("состоя")}|состоится|состоятся|${PAST("проше")}|пройдёт|пройдет|начался|началась|начнётся|начнется|${PAST("заверши")}|${PAST("откры")}|умер|умерла|скончал\\p{L}*|родил\\p{L}*)`, verb: "проходит", noun: "Событие", placePrep: "в" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:церемони\\p{L}*|фестивал\\p{L}*|празднован\\p{L}*|похорон\\p{L}*|выставк\\p{L}*|концерт\\p{L}*|матч\\p{L}*|чемпионат\\p{L}*|открыти\\p{L}*)", verb: "проходит", noun: "Событие", placePrep: "в" },
];
