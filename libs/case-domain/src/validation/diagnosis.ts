/**
 * The employer must never store a diagnosis (shared/domain.md; Datatilsynet). Free text is
 * where one slips in, usually copied from a sick note: "diagnose: ...", "ICD-10 F32.1",
 * "ICPC-2 P76". This finds such explicit diagnoses; it does not try to recognise illnesses
 * named in prose. False positives would block ordinary text, so a bare letter-and-digits code
 * ("rom A12", "E18") counts only next to a word that says it is a diagnosis code.
 */

/** Words that make a nearby code a diagnosis code (lower case). */
const DIAGNOSIS_WORDS = new Set([
  'diagnose',
  'diagnosen',
  'diagnoser',
  'diagnosene',
  'diagnosekode',
  'diagnosekoden',
  'diagnosis',
  'diagnoses',
  'icd',
  'icd-10',
  'icd10',
  'icpc',
  'icpc-2',
  'icpc2',
]);
/** How many words before a code may hold a diagnosis word ("diagnosen er satt til F32"). */
const WORDS_BEFORE = 4;

/** "kode" is a common word ("kode til rommet"), so it counts only right before the code. */
const CODE_WORDS = new Set(['kode', 'koden', 'code']);

/** A letter and two digits with an optional subdivision: ICD-10 (F32, F32.1) or ICPC-2 (P76). */
const CODE = /(?<![\p{L}\p{N}])([A-Za-z]\d{2}(?:\.\d{1,2})?)(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * An ICD-10 code with its subdivision (F32.1, M54.5) is unmistakable on its own. ICD-10 does
 * not use the letter U for diagnoses.
 */
const ICD10_SUBDIVIDED = /(?<![\p{L}\p{N}])([A-TV-Z]\d{2}\.\d{1,2})(?![\p{L}\p{N}]|[.,]\d)/u;

/** "Diagnose:" or "Diagnosis:" introducing a diagnosis. */
const DIAGNOSIS_LABEL = /(?<!\p{L})(diagnose|diagnosen|diagnosis)\s*:/iu;

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words before `index` in the same sentence, lower case, nearest last. */
function wordsBefore(text: string, index: number): string[] {
  const before = text.slice(0, index);
  const sentenceStart = Math.max(...['.', '!', '?', ';', '\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  return (before.slice(sentenceStart).match(WORD) ?? []).map((word) => word.toLowerCase());
}

/** A short English reason when `text` contains an explicit diagnosis, otherwise undefined. */
export function findDiagnosis(text: string): string | undefined {
  const label = DIAGNOSIS_LABEL.exec(text);
  if (label) return `the label "${label[0].trim()}" introduces a diagnosis`;

  for (const match of text.matchAll(CODE)) {
    const words = wordsBefore(text, match.index);
    const near = words.slice(-WORDS_BEFORE).find((word) => DIAGNOSIS_WORDS.has(word));
    if (near) return `"${match[1]}" is a diagnosis code (after "${near}")`;
    const previous = words[words.length - 1];
    if (previous && CODE_WORDS.has(previous)) return `"${match[1]}" is a diagnosis code (after "${previous}")`;
  }

  const icd = ICD10_SUBDIVIDED.exec(text);
  if (icd) return `"${icd[1]}" is an ICD-10 diagnosis code`;
  return undefined;
}
