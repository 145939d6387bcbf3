/**
 * The only hand-written names: short forms news uses that neither package lists (they give "Stati
 * Uniti d'America" but not "Stati Uniti"). Added after the packages' names, never as display names.
 */
export const SHORT_FORMS: Record<string, Record<string, string[]>> = {
  US: { it: ["Stati Uniti"], es: ["EE. UU.", "EEUU", "EE.UU."], pt: ["EUA", "EE.UU."], fr: ["É.-U."], ru: ["Соединённые Штаты"] },
  GB: { fr: ["Grande-Bretagne"], es: ["Gran Bretaña"], it: ["Gran Bretagna"], pt: ["Grã-Bretanha"], nl: ["Groot-Brittannië"], ru: ["Великобритания", "Британия"] },
  NL: { en: ["Holland"], fr: ["Hollande"], de: ["Holland"], es: ["Holanda"], it: ["Olanda"], ru: ["Голландия"] },
};
