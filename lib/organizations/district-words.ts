/**
 * A Białystok district named in the search text ("seniorów Piasta", "kluby na Bojarach", "Dojlidy
 * Górne") counts as the district filter. District names are few and inflect regularly: the query's
 * words and the district's are compared by districtStem ("Piaście" and "Piasta" → "piast").
 * Pure, safe for client code. Input words are normalized already (see searchTerms).
 */
import { districtStem } from "./polish-words";

/** Roman numerals of the numbered districts ("Piasta I", "Dziesięciny II") name no place. */
const numeral = /^[ivx]+$/;

export interface DistrictName {
  slug: string;
  name: string;
}

export interface DistrictMention {
  /** The query's words that name the district(s). */
  terms: string[];
  /** One district, or several sharing the words ("Piasta" is Piasta I and Piasta II). */
  districts: DistrictName[];
}

/**
 * The districts the terms name, longest names first ("Dojlidy Górne" wins over "Dojlidy" for
 * "dojlidy gorne"); every significant word of a district's name must be among the terms.
 * `normalize` turns a district's name into the terms' form.
 */
export function districtMentions(terms: string[], districts: DistrictName[], normalize: (text: string) => string[]): DistrictMention[] {
  const termStems = terms.map(districtStem);
  const candidates: { district: DistrictName; termIndexes: number[] }[] = [];
  for (const district of districts) {
    const words = normalize(district.name).filter((word) => !numeral.test(word));
    if (words.length === 0) continue;
    const indexes = words.map((word) => termStems.indexOf(districtStem(word)));
    if (indexes.every((i) => i >= 0)) candidates.push({ district, termIndexes: [...new Set(indexes)].sort((a, b) => a - b) });
  }
  candidates.sort((a, b) => b.termIndexes.length - a.termIndexes.length);
  const mentions = new Map<string, { termIndexes: number[]; districts: DistrictName[] }>();
  const used = new Set<number>();
  for (const candidate of candidates) {
    const key = candidate.termIndexes.join(",");
    const same = mentions.get(key);
    if (same) same.districts.push(candidate.district);
    else if (candidate.termIndexes.every((i) => !used.has(i))) {
      mentions.set(key, { termIndexes: candidate.termIndexes, districts: [candidate.district] });
      candidate.termIndexes.forEach((i) => used.add(i));
    }
  }
  return [...mentions.values()].map((m) => ({ terms: m.termIndexes.map((i) => terms[i]), districts: m.districts }));
}
