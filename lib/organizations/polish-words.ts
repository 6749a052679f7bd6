/**
 * Light handling of Polish inflection for the directory search. Pure, safe for client code. Words
 * come normalized (lower case, no diacritics: see searchTerms), so "osób" is "osob".
 *
 * Not a dictionary: a case ending is stripped when at least three letters remain. That is enough
 * to find "osób starszych" by "osoby starsze" (both become "osob" + "starsz"), and it costs nothing
 * at write time: the stem is searched as a substring of the stored text, through the same trigram
 * index as any other term (measured against a hunspell-free trigram similarity in the README).
 */

const endings = [
  "ach",
  "ami",
  "ego",
  "emu",
  "ich",
  "imi",
  "ych",
  "ymi",
  "iej",
  "om",
  "ow",
  "ej",
  "ie",
  "im",
  "ym",
  "iu",
  "a",
  "e",
  "i",
  "o",
  "u",
  "y",
];
const MIN_STEM = 3;

/** The word without its case ending: "starszych" → "starsz", "seniorow" → "senior", "rak" → "rak". */
export function stripEnding(word: string): string {
  const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * A prefix shared by the word's forms, to search for as a substring: the ending stripped, then a
 * final consonant that alternates before some endings cut ("tatarzy" → "tatar" finds "tatarow",
 * "stoczek" → "stocz" finds "stoczku").
 */
export function searchStem(word: string): string {
  const stem = stripEnding(word);
  const cut = stem.replace(/(rz|sc|dz)$/, (m) => m[0]).replace(/(.{3})ek$/, "$1");
  return cut.length >= MIN_STEM ? cut : stem;
}

/**
 * A normal form for comparing whole words (district names): the ending stripped and the locative's
 * consonant alternations undone ("piascie" and "piasta" → "piast", "bojarach" → "bojar").
 */
export function districtStem(word: string): string {
  return stripEnding(word)
    .replace(/sc$/, "st")
    .replace(/rz$/, "r")
    .replace(/dz$/, "d")
    .replace(/(.{3})ek$/, "$1k");
}
