/**
 * Keeps each lesson's "Sources for this lesson" list out of the search index: it is a
 * bibliography (publishers, dates, web addresses), and indexed it made every lesson that cites
 * a source match that source's name, with excerpts such as "(wassenaar.org)". The course's
 * Sources page stays indexed, so sources can still be searched. Marks the heading and everything
 * up to the next heading of the same or a higher level with `data-pagefind-ignore`.
 */
import type { Heading, Root, RootContent } from 'mdast';

export const BIBLIOGRAPHY_HEADING = 'Sources for this lesson';

function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

function ignoreInIndex(node: RootContent): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, 'data-pagefind-ignore': '' } };
}

export default function remarkUnindexedBibliography() {
  return (tree: Root): void => {
    let within: Heading | null = null;
    for (const node of tree.children) {
      if (node.type === 'heading') {
        if (within && node.depth <= within.depth) within = null;
        if (textOf(node).trim() === BIBLIOGRAPHY_HEADING) within = node;
      }
      if (within) ignoreInIndex(node);
    }
  };
}
