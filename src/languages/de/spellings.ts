/** German spellings of foreign names, rewritten towards English romanisation (entity cue: EntityCues.spellings). */
export const DE_SPELLINGS: [RegExp, string][] = [
  [/tsch/g, "\u0001"], // Tschetschenien: "tsch" is English "ch"
  [/sch/g, "sh"], // Nischni
  [/ch/g, "kh"], // Chabarowsk, Chassan
  [/\u0001/g, "ch"],
  [/w/g, "v"], // Wladiwostok
  [/j/g, "y"], // Pjöngjang, Jakutsk
];
