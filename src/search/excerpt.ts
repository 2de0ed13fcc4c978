/**
 * Pagefind's excerpts are text with its own `<mark>` elements around matching words; it escapes
 * `<` and `>` in the page text before adding them (pagefind 1.6, `loadFragment`). We never use
 * the string as HTML: it is split on the marks into parts that React renders as text, so nothing
 * in the indexed text can become markup, whatever it contains.
 */
export interface ExcerptPart {
  readonly text: string;
  readonly isMatch: boolean;
}

const MARK = /(<mark>|<\/mark>)/;

/** Undoes Pagefind's escaping, which is all the markup-like text an excerpt has. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let isMatch = false;
  for (const token of excerpt.split(MARK)) {
    if (token === '<mark>') isMatch = true;
    else if (token === '</mark>') isMatch = false;
    else if (token !== '') parts.push({ text: unescape(token), isMatch });
  }
  return parts;
}
