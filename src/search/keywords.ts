/**
 * The words a lesson's key terms add to its search metadata: front matter `key_terms` are
 * glossary ids (`wassenaar-arrangement`), which read as words once their hyphens are spaces.
 * Anything that is not a list of strings adds nothing.
 */
export function keyTermWords(keyTerms: unknown): string {
  if (!Array.isArray(keyTerms)) return '';
  return keyTerms
    .filter((term): term is string => typeof term === 'string')
    .map((term) => term.replace(/-/g, ' '))
    .join(' ');
}
