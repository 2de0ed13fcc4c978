/**
 * @jest-environment node
 *
 * The build step: the content-validation plugin checks the real timeline data against the docs
 * the docs plugin loaded, and fails the build naming the event and field when a lesson is missing.
 */
import path from 'node:path';
import type { LoadContext, PluginContentLoadedActions } from '@docusaurus/types';
import contentValidation from '@site/plugins/content-validation';
import { timelineEvents } from '@site/src/data/timeline';

const siteDir = path.resolve(__dirname, '../../..');
const referencedLessons = [...new Set(timelineEvents.flatMap((event) => event.lessons))];

function allContentWith(docIds: readonly string[]) {
  const docs = docIds.map((id) => ({ id, title: `Title of ${id}`, permalink: `/course/${id}` }));
  return { 'docusaurus-plugin-content-docs': { default: { loadedVersions: [{ docs }] } } };
}

async function runPlugin(docIds: readonly string[]) {
  const createData = jest.fn(async (name: string) => name);
  const plugin = contentValidation({ siteDir } as LoadContext);
  await plugin.allContentLoaded!({
    allContent: allContentWith(docIds),
    actions: { createData } as unknown as PluginContentLoadedActions,
  });
  return createData;
}

describe('timeline validation in the build', () => {
  it('passes when every lesson exists, and writes only the referenced lessons’ titles and links for the timeline page', async () => {
    const createData = await runPlugin([...referencedLessons, 'glossary']);
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
    await expect(runPlugin(withoutOne)).rejects.toThrow(
      /event "transistor-invented", field "lessons\[0\]": refers to "semiconductors\/how-chips-are-made"/,
    );
  });
});
