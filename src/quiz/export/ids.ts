/**
 * Ids for things a GIFT file names only by their text (options, pairs): kebab-case from the
 * first words, made unique with a number. A GIFT author who edits an option's text changes its
 * id too, which is harmless: the quiz's content hash changes with the text anyway.
 */
export function idFromText(text: string, taken: Set<string>): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean)
      .slice(0, 5)
      .join('-') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
