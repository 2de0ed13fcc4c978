/**
 * @jest-environment node
 *
 * What a search engine and a link preview show of each page of the course: its own description
 * (the front matter's, not the first line of text cut short) and a social card image that exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { docsDir } from './course-files';

const staticDir = path.resolve(docsDir, '../static');
// themeConfig.image in docusaurus.config.ts: the card of every page without its own `image`.
const DEFAULT_SOCIAL_CARD = 'img/social-card.png';

function allDocs(dir = docsDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return allDocs(full);
    return /\.mdx?$/.test(entry.name) ? [path.relative(docsDir, full)] : [];
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe.each(allDocs().map((file) => [`docs/${file}`, file] as const))('%s', (_label, file) => {
  const { data } = matter(fs.readFileSync(path.join(docsDir, file), 'utf8'));

  it('has a description of at least 50 characters in its front matter', () => {
    expect({ file, description: data.description }).toEqual({ file, description: expect.any(String) });
    expect(String(data.description).trim().length).toBeGreaterThanOrEqual(50);
  });

  it('has a social card image that exists', () => {
    const image = typeof data.image === 'string' ? data.image : DEFAULT_SOCIAL_CARD;
    expect({ file, image, exists: fs.existsSync(path.join(staticDir, image.replace(/^\//, ''))) }).toEqual({
      file,
      image,
      exists: true,
    });
  });
});

it('the default social card is a 1200 × 630 PNG, the size link previews expect', () => {
  expect(pngSize(path.join(staticDir, DEFAULT_SOCIAL_CARD))).toEqual({ width: 1200, height: 630 });
});
