/**
 * @jest-environment node
 *
 * The build step: the content-validation plugin checks the real timeline data against the docs
 * the docs plugin loaded, and fails the build naming the event and field when a lesson is
 * missing, or when a linked lesson never mentions the event.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadContext, PluginContentLoadedActions } from '@docusaurus/types';
import contentValidation from '@site/plugins/content-validation';
import { timelineEvents } from '@site/src/data/timeline';
import { allLessons } from '../content/course-files';

const courseDir = path.resolve(__dirname, '../../..');
const referencedLessons = [...new Set(timelineEvents.flatMap((event) => event.lessons))];
const sourceOf = new Map(allLessons().map((lesson) => [lesson.docId, `@site/${lesson.file}`]));

interface FakeDoc {
  readonly id: string;
  readonly source?: string;
}

function allContentWith(docs: readonly FakeDoc[]) {
  const loaded = docs.map(({ id, source }) => ({ id, source, title: `Title of ${id}`, permalink: `/course/${id}` }));
  return { 'docusaurus-plugin-content-docs': { default: { loadedVersions: [{ docs: loaded }] } } };
}

async function runPlugin(docs: readonly FakeDoc[], siteDir = courseDir) {
  const createData = jest.fn(async (name: string) => name);
  const plugin = contentValidation({ siteDir } as LoadContext);
  await plugin.allContentLoaded!({
    allContent: allContentWith(docs),
    actions: { createData } as unknown as PluginContentLoadedActions,
  });
  return createData;
}

const courseDocs = (ids: readonly string[]) => ids.map((id) => ({ id, source: sourceOf.get(id) }));

describe('timeline validation in the build', () => {
  it('passes when every lesson exists and mentions its events, and writes only the referenced lessons’ titles and links for the timeline page', async () => {
    const createData = await runPlugin([...courseDocs(referencedLessons), { id: 'glossary', source: '@site/docs/glossary.mdx' }]);
    const [file, json] = createData.mock.calls[0]! as unknown as [string, string];
    expect(file).toBe('timeline-lessons.json');
    const lessons = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(lessons).sort()).toEqual([...referencedLessons].sort());
    expect(lessons['semiconductors/how-chips-are-made']).toEqual({
      title: 'Title of semiconductors/how-chips-are-made',
      permalink: '/course/semiconductors/how-chips-are-made',
    });
  });

  it('fails the build naming each event and field that refers to a missing lesson', async () => {
    const withoutOne = referencedLessons.filter((id) => id !== 'semiconductors/how-chips-are-made');
    await expect(runPlugin(courseDocs(withoutOne))).rejects.toThrow(
      /event "transistor-invented", field "lessons\[0\]": refers to "semiconductors\/how-chips-are-made"/,
    );
  });

  describe('with a lesson that does not mention the event it is linked from', () => {
    let siteDir: string;
    beforeAll(() => {
      siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-mentions-'));
      fs.mkdirSync(path.join(siteDir, 'src/data'), { recursive: true });
      fs.mkdirSync(path.join(siteDir, 'docs/03-semiconductors'), { recursive: true });
      const event = {
        id: 'sematech-formed',
        date: '1987',
        title: 'SEMATECH is formed',
        aliases: ['SEMATECH'],
        summary: 'US chipmakers set up a research consortium with government funding.',
        category: 'semiconductors',
        lessons: ['semiconductors/export-controls-and-industrial-policy'],
        sources: [{ title: 'Computer History Museum', url: 'https://www.computerhistory.org/' }],
      };
      fs.writeFileSync(path.join(siteDir, 'src/data/timeline.ts'), `export const timelineEvents = [${JSON.stringify(event)}];\n`);
      fs.writeFileSync(
        path.join(siteDir, 'docs/03-semiconductors/03-export-controls-and-industrial-policy.mdx'),
        '---\ntitle: Export controls\ndescription: SEMATECH and the rest.\n---\n\nGovernments deny technology and build capacity.\n',
      );
    });
    afterAll(() => fs.rmSync(siteDir, { recursive: true, force: true }));

    it('fails the build naming the event, the lesson, its file and the phrases it looked for', async () => {
      const docs = [{ id: 'semiconductors/export-controls-and-industrial-policy', source: '@site/docs/03-semiconductors/03-export-controls-and-industrial-policy.mdx' }];
      await expect(runPlugin(docs, siteDir)).rejects.toThrow(
        'src/data/timeline.ts: event "sematech-formed", field "lessons[0]": links to "semiconductors/export-controls-and-industrial-policy" (docs/03-semiconductors/03-export-controls-and-industrial-policy.mdx), which never mentions the event: it contains none of "SEMATECH is formed", "SEMATECH".',
      );
    });
  });
});
