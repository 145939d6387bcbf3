/** Shapes of the generated files in ./data (written by scripts/build-places.ts). */

/** lang (or "alt" for language-free spellings) → names, display name first. */
export type CountryNames = Record<string, string[]>;

/** ISO 3166-1 alpha-2 → names. */
export type CountriesFile = Record<string, CountryNames>;

/** lang → ISO 3166-1 alpha-2 → name keys of the demonym's forms. */
export type DemonymsFile = Record<string, Record<string, string[]>>;

/** [GeoNames id, name, country, population, capital (1/0), name keys of alternate names joined by "|"] */
export type CityRow = [number, string, string, number, number, string];

/** [GeoNames admin1 code "RU.48", name, summed population of its GeoNames places] */
export type RegionRow = [string, string, number];

/** word key (normalize.ts wordKey) of a common word (or, in first-names.json, of a first name) that shares a name key with a place → comma-separated pack languages. */
export type CommonWordsFile = Record<string, string>;
