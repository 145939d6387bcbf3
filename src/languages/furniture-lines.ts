/** Shapes of page-furniture lines the packs share, filled with each language's words (LocaleData.furniture). */

/** A byline: the language's "by" word (`by`: an alternation of its casings), an optional colon, then a capitalised name of up to 60 letters, spaces, dots and hyphens. */
export const bylineLine = (by: string): RegExp => new RegExp(`^\\s*(?:${by})\\s*:?\\s+\\p{Lu}[\\p{L}\\s.-]{0,60}$`, "u");
