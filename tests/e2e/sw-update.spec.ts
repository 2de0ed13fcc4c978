/**
 * A deploy reaches a learner who has the course open. Build A (`build/`) is visited and its
 * service worker takes control; the same address then serves build B (`test-builds/updated/`,
 * made by `npm run build:test-sites`, one lesson changed). Reloading still shows A, from the
 * precache, until the learner accepts the update prompt; its Refresh shows B's text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, reloadUnderServiceWorker, waitForHydration } from './fixtures';
import { startStaticServer } from '../../scripts/static-server.cjs';
import { UPDATE_MARK } from '../../scripts/build-test-sites.cjs';
import { LESSON } from './lesson-quiz';

const BUILD_A = path.resolve(__dirname, '../../build');
const BUILD_B = path.resolve(__dirname, '../../test-builds/updated');

test('after a deploy, the update prompt’s Refresh shows the new version of a lesson', async ({ page, pageErrors }) => {
  if (!fs.existsSync(BUILD_B)) throw new Error('No updated build to deploy: run "npm run build:test-sites" first.');
  const siteA = await startStaticServer({ root: BUILD_A });
  const lesson = `${siteA.url}${LESSON}`;
  await page.goto(lesson);
  await waitForHydration(page);
  await reloadUnderServiceWorker(page);
  await expect(page.getByText(UPDATE_MARK)).toHaveCount(0);

  // The deploy: the same address now serves build B.
  await siteA.close();
  const siteB = await startStaticServer({ root: BUILD_B, port: Number(new URL(siteA.url).port) });
  try {
    await page.reload();
    await waitForHydration(page);
    // Still A, from the precache: the new worker waits until the learner accepts.
    await expect(page.getByText(UPDATE_MARK)).toHaveCount(0);
    await page.getByRole('button', { name: 'Refresh' }).click({ timeout: 30_000 });
    await expect(page.getByText(UPDATE_MARK)).toBeVisible();
    await waitForHydration(page);
    await expect(page.getByText(UPDATE_MARK)).toBeVisible();
  } finally {
    await siteB.close();
  }
  expect(pageErrors).toEqual([]);
});
