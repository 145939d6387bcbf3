/** French spellings of foreign names, rewritten towards English romanisation (entity cue: EntityCues.spellings). */
export const FR_SPELLINGS: [RegExp, string][] = [
  [/tch/g, "\u0001"], // Tcheliabinsk: "tch" is English "ch"
  [/ch/g, "sh"], // Choïgou
  [/\u0001/g, "ch"],
  [/ou/g, "u"], // Oulan-Oude
  [/dj/g, "j"], // Djakarta
];
