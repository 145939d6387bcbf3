/** The text around a chrono result, which refiners and filters read to accept or reject it. */

/** Up to `n` characters of the text just before the result (fewer at the start of the text). */
export const textBefore = (text: string, r: { index: number }, n: number): string => text.slice(Math.max(0, r.index - n), r.index);

/** Up to `n` characters of the text just after the result. */
export const textAfter = (text: string, r: { index: number; text: string }, n: number): string => text.slice(r.index + r.text.length, r.index + r.text.length + n);
