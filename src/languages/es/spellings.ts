/** Spanish spellings of foreign names, rewritten towards English romanisation (entity cue: EntityCues.spellings). */
export const ES_SPELLINGS: [RegExp, string][] = [
  [/j/g, "kh"], // Jasán, Jabárovsk: Spanish "j" is Russian "х"
];
