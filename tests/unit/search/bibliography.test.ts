/**
 * @jest-environment node
 */
import type { Root } from 'mdast';
import remarkUnindexedBibliography from '@site/plugins/search-index/remark-unindexed-bibliography';

const heading = (depth: 1 | 2 | 3, text: string) => ({ type: 'heading' as const, depth, children: [{ type: 'text' as const, value: text }] });
const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] });

describe('lesson bibliographies in the search index', () => {
  it('keeps the "Sources for this lesson" section out of the index, and nothing around it', () => {
    const tree: Root = {
      type: 'root',
      children: [
        heading(2, 'In the sources'),
        paragraph('Chiang argues…'),
        heading(2, 'Sources for this lesson'),
        paragraph('Wassenaar Arrangement (wassenaar.org).'),
        heading(3, 'Further reading'),
        paragraph('More.'),
        heading(2, 'Check your understanding'),
      ],
    };
    remarkUnindexedBibliography()(tree);
    const ignored = tree.children.map((node) => node.data?.hProperties?.['data-pagefind-ignore'] === '');
    expect(ignored).toEqual([false, false, true, true, true, true, false]);
  });
});
