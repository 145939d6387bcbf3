/**
 * French event triggers (inflected forms) by kind. Patterns are regex sources, matched
 * case-insensitively between accent-aware word boundaries. See ../../kinds.ts for the taxonomy.
 */
import type { TriggerEntry } from "../extract-types";

const PP = "(?:é|ée|és|ées)"; // past participle endings of -er verbs
const ER = `(?:e|es|ent|er|ons|ez|${PP}|ait|aient|ant|era|eront|erait|eraient|erons|a|èrent)`; // -er verb endings

export const FR_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: `quitt${ER}`, verb: "quitte", noun: "Départ", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "verb", pattern: "(?:parti|partie|partis|parties|partir|partira|partiront|partirait|partent|partait)", verb: "quitte", noun: "Départ", placePrep: "", caseSensitive: true },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "départs?", verb: "quitte", noun: "Départ", placePrep: "" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `arriv${ER}`, verb: "arrive", noun: "Arrivée", placePrep: "à" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "arrivées?", verb: "arrive", noun: "Arrivée", placePrep: "à" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:franchi|franchit|franchira|franchissent|atterri|atterrit|atterrira)`, verb: "arrive", noun: "Arrivée", placePrep: "à" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:s['’]est|se sont|se|s['’]étai(?:en)?t|s['’]était) (?:\\p{L}+ )?rend(?:u|ue|us|ues|ra|ront|rait|raient|re|ent|ait)?`, verb: "se rend", noun: "Visite", placePrep: "à", priority: 1 },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `visit${ER}`, verb: "se rend", noun: "Visite", placePrep: "à" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:visites?|rendu visite|rendre visite|rendra visite)", verb: "se rend", noun: "Visite", placePrep: "à" },
  { kind: "travel", sense: "trip", pos: "noun", pattern: "(?:voyages?|déplacements?|séjours?|tournée)", verb: "se rend", noun: "Voyage", placePrep: "à" },
  { kind: "travel", sense: "trip", pos: "verb", pattern: `(?:voyag${ER}|se déplac${ER})`, verb: "se rend", noun: "Voyage", placePrep: "à" },
  // presence at a named place with a date: "Besancenot sera à Marseille jeudi" (a visit)
  { kind: "travel", sense: "visit", pos: "verb", pattern: "(?:sera|seront|serait|seraient|se trouvera|se trouveront|se trouvait|se trouvaient|était|étaient)(?=\\s+(?:à|au|aux|en)\\s+\\p{Lu})", verb: "se rend", noun: "Visite", placePrep: "à", caseSensitive: true },
  { kind: "travel", sense: "return", pos: "verb", pattern: `(?:retourn${ER}|rentr${ER}|regagn${ER})`, verb: "rentre", noun: "Retour", placePrep: "à" },
  { kind: "travel", sense: "return", pos: "noun", pattern: "retour", verb: "rentre", noun: "Retour", placePrep: "à" },
  // meeting / summit
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:rencontr${ER}|se rencontr${ER})`, verb: "rencontre", noun: "Rencontre", placePrep: "à" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "rencontres?", verb: "rencontre", noun: "Rencontre", placePrep: "à" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "sommets?", verb: "tient un sommet avec", noun: "Sommet", placePrep: "à" },
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:retrouv${ER}|reç(?:u|ue|us|oit|oivent)|recev(?:ra|ront|rait|oir))`, verb: "rencontre", noun: "Rencontre", placePrep: "à" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:réunions?|entretiens?|entrevues?|pourparlers|négociations?|conférences?|forums?|congrès|assemblées?)", verb: "se réunit", noun: "Réunion", placePrep: "à" },
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:discut${ER}|négoci${ER}|réuni(?:t|s|e|ra|ront)?|s['’]entret\\p{L}+)`, verb: "discute", noun: "Discussions", placePrep: "à" },
  // taking part in or hosting a gathering
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:particip${ER}|accueill(?:i|ie|is|ies|ir|e|es|ent|era|eront|ait|aient)|assist${ER} à|rassembl${ER}|se réuni(?:t|ssent|ra|ront|ssait)?)`, verb: "rencontre", noun: "Réunion", placePrep: "à" },
  // statement / report / announcement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:déclar${ER}|annonc${ER}|annonç(?:ait|aient|a)|indiqu${ER}|affirm${ER}|confirm${ER}|rapport${ER}|précis${ER}|assur${ER}|ajout${ER}|expliqu${ER}|estim${ER}|révél${ER}|dénonc${ER}|accus${ER}|appel(?:le|lent|é|ée|er|lera)|évoqu${ER}|souhait${ER}|écrit|écrivait|publi${ER}|dit|ont dit|cit${ER}|répét${ER}|promis|promet|promettent|engag${ER}|exhort${ER})`, verb: "déclare", noun: "Déclaration" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:déclarations?|annonces?|communiqués?|discours|rapports?|conférence de presse)", verb: "déclare", noun: "Déclaration", placePrep: "à", priority: 1 },
  // what a speaker does with words: recalls, pleads, justifies, stresses, acknowledges; a decision announced
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:rappel(?:le|les|lent|é|ée|és|ées|er|lera|leront|ait|aient|ant)|plaid${ER}|justifi${ER}|soulign${ER}|insist${ER}|reconn(?:u|ue|us|ues|aît|ait|aissait|aissaient|aissent|aître)|regrett${ER}|critiqu${ER}|réclam${ER}|demand${ER}|qualifi${ER}|vant${ER}|décri(?:t|te|ts|tes|re|vait|vaient|vent))`, verb: "déclare", noun: "Déclaration" },
  { kind: "statement", sense: "statement", pos: "verb", pattern: "(?:rend(?:u|ue|us|ues|re|ra|ront|ent|ait)? publi(?:c|que|cs|ques))", verb: "déclare", noun: "Déclaration", priority: 2 },
  { kind: "statement", sense: "decision", pos: "verb", pattern: `(?:décid${ER}|tranch${ER}|renonc${ER}|renonç(?:ait|aient|a))`, verb: "décide", noun: "Décision" },
  { kind: "statement", sense: "decision", pos: "noun", pattern: "(?:décisions?)", verb: "décide", noun: "Décision" },
  { kind: "statement", sense: "denial", pos: "verb", pattern: "(?:ni(?:é|ée|és|e|ent|er|ait|aient)|dément(?:i|ent|ait)?|démenti)", verb: "dément", noun: "Démenti", placePrep: "à", caseSensitive: true },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:accords?|traités?|contrats?|conventions?|pactes?|protocoles?)", verb: "conclut un accord", noun: "Accord", placePrep: "à" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:sign${ER}|conclu|conclut|concluent|conclura|convenu|ratifi${ER})`, verb: "signe", noun: "Signature", placePrep: "à" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:essais?|tirs?|lancements?)(?: \\p{L}+)?(?: de missiles?| nucléaires?| balistiques?)?", verb: "procède à un essai", noun: "Essai", placePrep: "à" },
  { kind: "military", sense: "test", pos: "verb", pattern: `(?:tir${ER}|lanc${ER}|lanç(?:ait|aient|a))`, verb: "tire", noun: "Tir", placePrep: "à" },
  { kind: "military", sense: "parade", pos: "noun", pattern: "(?:défilés? militaires?|exercices? militaires?|manœuvres?|exposition d['’]armes)", verb: "organise un défilé", noun: "Défilé militaire", placePrep: "à", priority: 2 },
  { kind: "military", sense: "deploy", pos: "verb", pattern: `(?:déploy${ER}|déploi(?:e|ent|era))`, verb: "déploie", noun: "Déploiement", placePrep: "à" },
  // maladie : une lutte, un combat dont l'objet est une maladie n'est pas un conflit (« a combattu un cancer », « lutte contre la leucémie »)
  { kind: "disaster", sense: "illness", pos: "verb", pattern: `(?:lutt${ER}|luttes?|combats?|combatt(?:u|ue|ait|ant|re|ent|ra)|soign${ER}|souffr(?:e|es|ent|ait|ant|ir)|atteinte?s?|guéri(?:t|e|s|r)?)(?=\\s+(?:[\\p{L}'’]+\\s+){0,4}(?:d['’])?(?:cancers?|tumeurs?|leucémies?|lymphomes?|maladies?|infections?|AVC|diabète|covid(?:-19)?|tuberculose|paludisme|pneumonie))`, verb: "combat", noun: "Maladie", placePrep: "à", priority: 1 },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:attaqu${ER}|bombard${ER}|frapp${ER}|envahi(?:t|r|ssent|ssait|ra)?|tu(?:é|ée|és|ées)|bless(?:é|és|ée|ées))`, verb: "attaque", noun: "Attaque", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:attaques?|attentats?|invasions?|offensives?|bombardements?|frappes?|combats?|affrontements?|guerres?|conflits?|crises?)", verb: "attaque", noun: "Attaque", placePrep: "à" },
  // election / appointment / power
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:pris le pouvoir|prend le pouvoir|arrivée? au pouvoir|accéd(?:é|e) au pouvoir|succéd(?:é|e|era)|investi|investie)", verb: "prend le pouvoir", noun: "Prise de pouvoir", priority: 3 },
  { kind: "election", sense: "power", pos: "noun", pattern: "(?:prise de pouvoir|accession au pouvoir|investiture)", verb: "prend le pouvoir", noun: "Prise de pouvoir", priority: 2 },
  // Votes are headlined by their own noun phrase ("Élections législatives du 30 mai"), not "X prend le pouvoir".
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:(?:élections?|scrutins?)(?: (?:législatives|présidentielles?|municipales|régionales|européennes|sénatoriales|générales|anticipées|partielles))?|référendums?|(?<=(?:les|des|aux) )(?:législatives|présidentielles?|municipales))", verb: "est élu", noun: "Élection", priority: 2 },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:nominations?)", verb: "est nommé", noun: "Nomination", priority: 2 },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:démissions?)", verb: "démissionne", noun: "Démission", priority: 2 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:élu|élue|élus|réélu|réélue|nomm${ER}|vot${ER}|démissionn${ER})`, verb: "est élu", noun: "Élection" },
  // economic
  // designations and adopted texts are votes
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:remaniements?)", verb: "est nommé", noun: "Remaniement", priority: 2 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:désign${ER}|adopt${ER}|éli(?:re|ra|ront|sent|sait)|réélu(?:e|s|es)?)`, verb: "est élu", noun: "Vote" },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:forum économique|forums? économiques?|Forum économique(?: \\p{L}+)*)", verb: "se tient", noun: "Forum économique", placePrep: "à", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:achats?|ventes?|sanctions?|exportations?|importations?|investissements?|hausses?|baisses?|faillites?|grèves?|licenciements?|rachats?|livraisons?|échanges? commerciaux)", verb: "annonce", noun: "Économie" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:achet${ER}|vend(?:u|ue|us|ra|ront|re|ent|ait)?|acqu(?:is|iert|érir|erra)|augment${ER}|baiss${ER}|chut${ER}|investi(?:t|ssent|ra))`, verb: "achète", noun: "Économie" },
  { kind: "economic", sense: "production", pos: "verb", pattern: `(?:financ${ER}|financ(?:ait|aient|ant)|subventionn${ER}|recrut${ER}|embauch${ER}|licenci${ER}|construi(?:t|te|ts|tes|re|sent|ra|ront|sait)|rénov${ER}|produi(?:t|te|ts|re|sent|ra|ront|sait))`, verb: "", noun: "Production" },
  { kind: "economic", sense: "production", pos: "noun", pattern: "(?:travaux|chantiers?|constructions?|rénovations?|financements?|subventions?|recrutements?|embauches?)", verb: "", noun: "Travaux", placePrep: "à" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:séismes?|tremblements? de terre|inondations?|incendies?|ouragans?|tempêtes?|typhons?|cyclones?|explosions?|accidents?|catastrophes?|épidémies?|pandémies?|irruption|éruptions?|crues?|avalanches?|naufrages?)", verb: "frappe", noun: "Catastrophe", placePrep: "à" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:explos${ER}|effondr${ER}|s['’]est effondré\\p{L}*|inond${ER}|détrui(?:t|te|ts|sent|ra))`, verb: "frappe", noun: "Catastrophe", placePrep: "à" },
  { kind: "economic", sense: "closure", pos: "verb", pattern: `(?:ferm${ER}|rouvr(?:e|ent|ira|iront|ait|ir)|rouvert(?:e|s|es)?|ouvr(?:e|ent|ira|iront|ir)|ouvert(?:e|s|es)?|inaugur${ER})`, verb: "", noun: "Ouverture", placePrep: "à" },
  { kind: "disaster", sense: "accident", pos: "verb", pattern: `(?:mort|morte|morts|mortes|décéd${ER}|tu${PP}|bless${ER}|secouru(?:e|s|es)?|hospitalis${ER}|noy${ER}|tomb${ER}|renvers${ER}|percut${ER}|évacu${ER})`, verb: "", noun: "Accident", placePrep: "à" },
  { kind: "legal", sense: "sanction", pos: "verb", pattern: `(?:sanctionn${ER}|verbalis${ER}|auditionn${ER}|entendu(?:e|s|es)? par)`, verb: "", noun: "Sanction", placePrep: "à" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:condamn${ER}|arrêt${ER}|inculp${ER}|jug${ER}|interpell${ER}|accus${ER} de|mis en examen|incarcér${ER}|libér${ER}|acquitt${ER}|poursuiv(?:i|ie|is|ra))`, verb: "est condamné", noun: "Procès", placePrep: "à", priority: 1 },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:procès|jugements?|verdicts?|plaintes?|enquêtes?|arrestations?|condamnations?|audiences?|mandats? d['’]arrêt)", verb: "est jugé", noun: "Procès", placePrep: "à" },
  // crimes and protests (news staples)
  { kind: "legal", sense: "crime", pos: "noun", pattern: "(?:vols? (?:de|d['’]|à)|cambriolages?|effractions?|agressions?|méfaits|exactions|dégradations?|meurtres?|assassinats?|homicides?|braquages?|enlèvements?|prises? d['’]otages?)", verb: "est commis", noun: "Délit", placePrep: "à" },
  { kind: "legal", sense: "crime", pos: "verb", pattern: `(?:cambriol${ER}|agress${ER}|assassin${ER}|dérob${ER}|enlev${ER}|braqu${ER}|tabass${ER}|tortur${ER}|séquestr${ER})`, verb: "est agressé", noun: "Délit", placePrep: "à" },
  { kind: "conflict", sense: "protest", pos: "noun", pattern: "(?:manifestations?|rassemblements?|émeutes?|marches? de protestation)", verb: "manifeste", noun: "Manifestation", placePrep: "à" },
  { kind: "conflict", sense: "protest", pos: "noun", pattern: "(?:jeûnes?(?: d['’]\\p{L}+)?|grèves? de la faim)", verb: "manifeste", noun: "Manifestation", placePrep: "à" },
  { kind: "conflict", sense: "protest", pos: "verb", pattern: `(?:manifest${ER}|protest${ER})`, verb: "manifeste", noun: "Manifestation", placePrep: "à" },
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:ruptures? (?:de|d['’]|du|des) (?:canalisations?|digues?|barrages?|conduites?)|ruptures?(?= en \\d))", verb: "frappe", noun: "Accident", placePrep: "à" },
  // other events
  // états au présent (3e personne) : ce qu'un produit, un service ou une organisation possède, offre ou coûte au moment où l'on écrit
  { kind: "other", sense: "state", pos: "verb", pattern: "(?:possèdent|possède|dispose(?:nt)? d(?:e|u|es|['’])|comporte(?:nt)?|pèse(?:nt)?)(?![\\p{L}])", verb: "", noun: "État", priority: 1 },
  { kind: "economic", sense: "state", pos: "verb", pattern: "(?:coûte(?:nt)?|vend(?:ent)?|fonctionne(?:nt)? avec|intègre(?:nt)?|embarque(?:nt)?)(?![\\p{L}])", verb: "", noun: "Offre", priority: 1 },
  { kind: "other", sense: "occurrence", pos: "verb", pattern: `(?:a eu lieu|ont eu lieu|aura lieu|auront lieu|aurait lieu|avoir lieu|se déroul\\p{L}+|se tien(?:t|nent|dra)|s['’]est tenu\\p{L}*|commenc${ER}|début${ER}|termin${ER}|ouv(?:ert|re|rira)|ferm${ER}|organis${ER}|inaugur${ER}|présent${ER}|mort|morte|décédé|décédée|décède|naît|né|née)`, verb: "a lieu", noun: "Événement", placePrep: "à" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:cérémonies?|festivals?|fêtes?|célébrations?|funérailles|obsèques|inaugurations?|expositions?|concerts?|matchs?|championnats?|rentrée|ouverture|fermeture)", verb: "a lieu", noun: "Événement", placePrep: "à" },
];
