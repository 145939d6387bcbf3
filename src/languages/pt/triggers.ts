/** Portuguese event triggers (inflected forms) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

/** A regular -ar verb stem with its common forms: AR("cheg") → chega, chegou, chegaram, chegado, chegará… */
const AR = (stem: string) => `${stem}(?:a|am|ou|aram|ado|ada|ará|arão|aria|ava|avam|ar|ando)`;
const ER = (stem: string) => `${stem}(?:e|em|eu|eram|iu|iram|ido|ida|erá|irá|erão|irão|ia|iam|er|ir|endo|indo)`;

export const PT_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: `(?:${AR("deix")}|${ER("part")}|${AR("abandon")}|saiu|saíram|sai|sairá)`, verb: "deixa", noun: "Partida", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "(?:partida|saída)", verb: "deixa", noun: "Partida", placePrep: "de" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:${AR("cheg")}|${AR("aterriss")}|${AR("desembarc")})`, verb: "chega a", noun: "Chegada", placePrep: "a" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "chegadas?", verb: "chega a", noun: "Chegada", placePrep: "a" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:${AR("visit")}|${AR("viaj")}|foi\\s+a|irá\\s+a)`, verb: "visita", noun: "Visita", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:visitas?|viagens?|viagem)", verb: "visita", noun: "Visita", placePrep: "a" },
  { kind: "travel", sense: "return", pos: "verb", pattern: `(?:${AR("volt")}|${AR("regress")}|${AR("retorn")})`, verb: "regressa a", noun: "Regresso", placePrep: "a" },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:${AR("encontr")}|se\\s+reuniu|se\\s+reuniram|se\\s+reunirá|reuniu-se|vai\\s+se\\s+reunir|${ER("receb")})`, verb: "encontra", noun: "Encontro", placePrep: "em" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "cúpulas?|cimeiras?", verb: "realiza uma cúpula com", noun: "Cúpula", placePrep: "em" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:encontros?|reuni(?:ão|ões)|conversas|negociaç(?:ão|ões)|conferências?|fóruns?|congressos?|assembleias?)", verb: "encontra", noun: "Encontro", placePrep: "em" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:disse|disseram|diz|dizem|${AR("declar")}|${AR("afirm")}|${AR("anunci")}|${AR("confirm")}|${AR("inform")}|${AR("alert")}|${AR("acus")}|${AR("denunci")}|${AR("explic")}|${AR("public")})`, verb: "diz", noun: "Declaração" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:declaraç(?:ão|ões)|comunicados?|anúncios?|discursos?|relatórios?|entrevista coletiva|conferência de imprensa)", verb: "diz", noun: "Declaração", placePrep: "em", priority: 1 },
  { kind: "statement", sense: "denial", pos: "verb", pattern: `(?:${AR("neg")}|${AR("desment")}|desmentiu|${AR("rejeit")})`, verb: "nega", noun: "Desmentido", placePrep: "em" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:acordos?|tratados?|pactos?|contratos?|convênios?)", verb: "assina um acordo", noun: "Acordo", placePrep: "em" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${AR("assin")}|${AR("firm")}|${AR("ratific")})`, verb: "assina", noun: "Assinatura", placePrep: "em" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:testes?|ensaios?|lançamentos?|exercícios|manobras|desfiles?)", verb: "testa", noun: "Teste", placePrep: "em" },
  { kind: "military", sense: "test", pos: "verb", pattern: `(?:${AR("lanç")}|lançou|${AR("dispar")}|${AR("test")})`, verb: "lança", noun: "Lançamento", placePrep: "em" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${AR("atac")}|atacou|${AR("bombarde")}|${ER("invad")}|${AR("mat")}|${AR("assassin")}|(?:foi|foram|é|são|será|serão)\\s+mort[oa]s?|feridos?)`, verb: "ataca", noun: "Ataque", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:ataques?|atentados?|invas(?:ão|ões)|ofensivas?|bombardeios?|combates?|confrontos?|guerras?|conflitos?|crises?)", verb: "ataca", noun: "Ataque", placePrep: "em" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:tomou posse|tomará posse|assumiu o poder|chegou ao poder)", verb: "assume o poder", noun: "Posse", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:eleit[oa]s?|reeleit[oa]s?|nomead[oa]s?|${AR("vot")}|${AR("renunci")}|demitiu-se|demitiram-se|pediu\\s+demissão|${AR("exoner")})`, verb: "é eleito", noun: "Eleição" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:eleiç(?:ão|ões)|pleito|referendo|primárias|votaç(?:ão|ões))", verb: "é eleito", noun: "Eleição" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:renúncias?|demiss(?:ão|ões))", verb: "renuncia", noun: "Renúncia" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Fórum Econômico Oriental|Fórum Económico Oriental|fórum econômico)", verb: "é realizado", noun: "Fórum econômico", placePrep: "em", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:sanções|exportações|importações|investimentos?|demissões)", verb: "anuncia", noun: "Economia" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:${ER("invest")})`, verb: "investe", noun: "Economia" },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: "(?:(?:pediu|pediram|pede|pedem|decretou|declarou|declararam)\\s+(?:a\\s+)?(?:falência|recuperação\\s+judicial|insolvência)|faliu|faliram|foi\\s+à\\s+falência|abriu\\s+falência)", verb: "pede falência", noun: "Falência", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:falências?|bancarrota|insolvência|recuperação judicial)", verb: "pede falência", noun: "Falência", priority: 1 },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: `(?:${AR("compr")}|adquiri(?:u|ram|do|da|rá|rão|r|ria)|adquire|adquirem|${AR("incorpor")}|fundiu-se|fundiram-se)`, verb: "adquire", noun: "Aquisição" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:aquisiç(?:ão|ões)|compras?|fus(?:ão|ões)|incorporaç(?:ão|ões)|OPA)", verb: "adquire", noun: "Aquisição" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: `(?:${ER("vend")})`, verb: "vende", noun: "Vendas" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "vendas?", verb: "vende", noun: "Vendas" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:terremotos?|sismos?|inundaç(?:ão|ões)|enchentes?|incêndios?|furac(?:ão|ões)|tempestades?|explos(?:ão|ões)|acidentes?|desastres?|epidemias?|pandemias?|erupç(?:ão|ões))", verb: "atinge", noun: "Catástrofe", placePrep: "em" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:${AR("explod")}|explodiu|desabou|${AR("inund")}|destruiu|destruído|caiu)`, verb: "atinge", noun: "Catástrofe", placePrep: "em" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:pres[oa]s?|prendeu|prenderam|detid[oa]s?|condenad[oa]s?|${AR("conden")}|acusad[oa]s?|indiciad[oa]|absolvid[oa]|libertad[oa]|solt[oa])`, verb: "é acusado", noun: "Julgamento", placePrep: "em" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:julgamentos?|veredictos?|sentenças?|processos?|investigaç(?:ão|ões)|prisões|prisão|detenç(?:ão|ões))", verb: "é julgado", noun: "Julgamento", placePrep: "em" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: "(?:aconteceu|acontecerá|acontece|ocorreu|ocorrerá|realizou-se|será realizad[oa]|foi realizad[oa]|começou|começará|terminou|terminará|inaugurou|morreu|faleceu|nasceu)", verb: "acontece", noun: "Evento", placePrep: "em" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:cerimônias?|cerimónias?|festivais|festival|celebraç(?:ão|ões)|funerais?|velórios?|exposiç(?:ão|ões)|shows?|concertos?|jogos?|partidas?|campeonatos?|inauguraç(?:ão|ões))", verb: "acontece", noun: "Evento", placePrep: "em" },
];
