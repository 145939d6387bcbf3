/**
 * Regex compilation for the tagger's patterns. Patterns are written with Unicode classes (\p{L},
 * \p{N}, \p{Ll}); irregexp is about ten times slower with the `u` flag plus `i` on optional-prefix
 * patterns, so the classes are rewritten to Latin ranges (enough for French/English news) and the
 * regex is compiled without `u` (the ranges cover Latin and Cyrillic script).
 */
/** Latin letters with French/German/Iberian/Italian/Dutch accents, and Cyrillic. */
const L = "A-Za-zÀ-ÖØ-öø-ÿŒœŸА-яЁё";
const LL = "a-zß-öø-ÿœа-яё";

export function latin(source: string): string {
  return source
    .replace(/\[\\p\{L\}\\p\{N\}\]/g, `[${L}0-9]`)
    .replace(/\[\\p\{L\}'\]/g, `[${L}']`)
    .replace(/\[\\p\{L\}\]/g, `[${L}]`)
    .replace(/\\p\{Ll\}/g, `[${LL}]`)
    .replace(/\\p\{L\}/g, `[${L}]`)
    .replace(/\\p\{N\}/g, "[0-9]");
}

export function compile(source: string, flags: string): RegExp {
  return new RegExp(latin(source), flags.replace("u", ""));
}
