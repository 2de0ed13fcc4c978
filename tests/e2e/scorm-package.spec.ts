/**
 * Each SCORM package in an LMS: served from an unusual path under a strict SCORM 1.2 runtime, the
 * learner takes the package's assessment (the module checkpoint, or the final assessment for the
 * course), leaves, and comes back in a fresh browser to find their answers restored.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { strFromU8 } from 'fflate';
import createJiti from 'jiti';
import type { Frame } from '@playwright/test';
import type { Question, Quiz } from '../../src/quiz/schema';
import { expect, test } from './fixtures';
import { apiCalls, type ApiCall, lastValues, launch, readPackage, serveLms } from './lms-host';
import { absoluteAssetUrls, writeScormPackages } from '../../plugins/lms-export/scormPackages';
import { xsdErrors } from '../support/xsd';

const root = path.resolve(__dirname, '../..');
const lmsDir = path.join(root, 'build/lms');
const COURSE_PACKAGE = 'silicon-statecraft';

/** Each package with the quiz it is assessed by and the page that quiz is on. */
const packages = fs
  .readdirSync(lmsDir)
  .filter((file) => file.endsWith('.scorm12.zip'))
  .sort()
  .map((file) => {
    const id = file.replace('.scorm12.zip', '');
    if (id === COURSE_PACKAGE) return { id, file, quizFile: 'docs/final-assessment.quiz.ts', page: '/course/final-assessment' };
    const folder = fs.readdirSync(path.join(root, 'docs')).find((name) => name.replace(/^\d+-/, '') === id);
    return { id, file, quizFile: `docs/${folder}/checkpoint.quiz.ts`, page: `/course/${id}/checkpoint` };
  });

/**
 * Answers every question the attempt asks (questions are drawn and shuffled per attempt, so each
 * is found by its prompt), two in three right and the third wrong; ordering questions keep the
 * order shown, which is never the right one. Returns the ids asked and the text typed into short answers.
 */
async function answerQuiz(frame: Frame, quiz: Quiz): Promise<{ asked: string[]; typed: string[] }> {
  const typed: string[] = [];
  const asked: string[] = [];
  const legends = await frame.getByRole('group', { name: /^Question \d+ of \d+/ }).locator('legend').allTextContents();
  // In the order shown; a prompt that contains another's is the longer match.
  const shown = legends.map(
    (legend) => [...quiz.questions].sort((a, b) => b.prompt.length - a.prompt.length).find((question) => legend.includes(question.prompt))!,
  );
  expect(shown.every(Boolean)).toBe(true);
  for (const [index, question] of shown.entries() as IterableIterator<[number, Question]>) {
    asked.push(question.id);
    const group = frame.getByRole('group', { name: /^Question \d+ of \d+/ }).filter({ has: frame.locator('legend', { hasText: question.prompt }) });
    const isRight = index % 3 !== 2;
    switch (question.type) {
      case 'single':
      case 'multiple': {
        const right = question.options.filter((option) => option.correct);
        const chosen = isRight ? right : [question.options.find((option) => !option.correct)!];
        for (const option of chosen) await group.getByRole(question.type === 'single' ? 'radio' : 'checkbox', { name: option.text, exact: true }).check();
        break;
      }
      case 'true-false':
        await group.getByRole('radio', { name: question.answer === isRight ? 'True' : 'False', exact: true }).check();
        break;
      case 'matching':
        for (const [pairIndex, pair] of question.pairs.entries()) {
          const match = isRight ? pair.match : question.pairs[(pairIndex + 1) % question.pairs.length]!.match;
          await group.getByLabel(pair.term, { exact: true }).selectOption({ label: match });
        }
        break;
      case 'short-answer': {
        const text = isRight ? (question.accept?.[0] ?? String(question.number!.value)) : 'not the answer';
        await group.getByRole('textbox').fill(text);
        typed.push(text);
        break;
      }
      case 'ordering':
        break;
    }
  }
  return { asked, typed };
}

function expectEveryCallSucceeded(calls: readonly ApiCall[]): void {
  const failed = calls.filter((call) => call.error !== '0');
  expect(failed, 'LMSGetLastError after each call').toEqual([]);
}

const count = (calls: readonly ApiCall[], name: string) => calls.filter((call) => call.name === name).length;

test.describe.configure({ mode: 'parallel' });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

test('every package is a valid SCORM 1.2 package that lists its files, and packing the same build again gives the same bytes', async () => {
  const scorms = packages.map((pkg) => ({ ...pkg, scorm: readPackage(path.join(lmsDir, pkg.file)) }));
  expect(await xsdErrors(scorms.map(({ id, scorm }) => ({ fileName: `${id}.xml`, contents: scorm.manifest })), 'scorm12-manifest')).toEqual([]);
  for (const { scorm } of scorms) {
    const listed = [...scorm.manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(scorm.files).sort());
    expect(listed.filter((href) => href!.startsWith('/'))).toEqual([]);
    expect(absoluteAssetUrls(strFromU8(scorm.files[scorm.launch]!))).toEqual([]);
    // The built JavaScript and CSS refer to their assets relatively, never from the site root.
    const code = Object.entries(scorm.files).filter(([file]) => /\.(js|css)$/.test(file)).map(([, bytes]) => strFromU8(bytes));
    expect(code.filter((text) => /["'(]\/(assets|img)\//.test(text))).toEqual([]);
  }
  // Pack the same package build again, elsewhere: byte for byte the same zips.
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-'));
  writeScormPackages({
    siteDir: path.join(root, '.lms-site'),
    packages: scorms.map(({ id, file, scorm }) => ({
      id,
      fileName: file,
      title: /<title>([^<]*)<\/title>/.exec(scorm.manifest)![1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!),
      description: /<description><langstring xml:lang="en">([^<]*)</.exec(strFromU8(scorm.files['metadata.xml']!))![1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!),
      startPath: /location\.replace\('#([^']*)'\)/.exec(strFromU8(scorm.files['launch.html']!))![1]!,
      masteryScore: scorm.masteryScore,
      assessedQuizId: '',
      quizIds: [],
    })),
    into: again,
    schemaDir: path.join(root, 'vendor/xsd/scorm12'),
  });
  for (const { file } of scorms) expect(Buffer.compare(fs.readFileSync(path.join(again, file)), fs.readFileSync(path.join(lmsDir, file))), file).toBe(0);
  fs.rmSync(again, { recursive: true });
});

for (const pkg of packages) {
  test(`the ${pkg.id} package reports the assessment to the LMS and resumes`, async ({ browser, pageErrors }) => {
    void pageErrors;
    test.setTimeout(90_000);
    const scorm = readPackage(path.join(lmsDir, pkg.file));
    const quiz = createJiti(__filename, { alias: { '@site': root }, interopDefault: true })(path.join(root, pkg.quizFile)) as Quiz;

    // First session: take the assessment.
    const first = await browser.newContext();
    const outside = await serveLms(first, scorm);
    const page = await first.newPage();
    const frame = await launch(page, scorm, null);
    await frame.evaluate((route) => (window.location.hash = `#${route}`), pkg.page);
    const region = frame.getByRole('region', { name: quiz.title });
    if (quiz.mode === 'exam') await region.getByRole('button', { name: 'Start the exam' }).click();
    await expect(region.getByRole('button', { name: 'Submit quiz' })).toBeEnabled();
    const { asked, typed } = await answerQuiz(frame, quiz);
    await region.getByRole('button', { name: 'Submit quiz' }).click();
    const summary = await region.getByRole('status').textContent();
    const [, points, maxPoints, verdict] = /^Score ([\d.]+) of ([\d.]+) \(\d+%\), (passed|not passed)/.exec(summary ?? '') ?? [];
    expect(points, `score on the page: "${summary}"`).toBeDefined();
    await expect.poll(async () => count(await apiCalls(page), 'LMSCommit')).toBeGreaterThan(0);

    await page.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
    await expect.poll(async () => count(await apiCalls(page), 'LMSFinish')).toBe(1);
    const calls = await apiCalls(page);
    expect(count(calls, 'LMSInitialize')).toBe(1);
    expect(count(calls, 'LMSFinish')).toBe(1);
    expectEveryCallSucceeded(calls);

    const values = lastValues(calls);
    const raw = Number(values.get('cmi.core.score.raw'));
    expect(raw).toBe(Math.floor((Number(points) / Number(maxPoints)) * 100 * 100 + 1e-7) / 100);
    expect(values.get('cmi.core.score.min')).toBe('0');
    expect(values.get('cmi.core.score.max')).toBe('100');
    const status = raw >= scorm.masteryScore ? 'passed' : 'failed';
    expect(values.get('cmi.core.lesson_status')).toBe(status);
    expect(verdict).toBe(status === 'passed' ? 'passed' : 'not passed');
    const interactionIds = [...values.keys()].filter((element) => /^cmi\.interactions\.\d+\.id$/.test(element)).map((element) => values.get(element));
    expect(interactionIds).toEqual(asked);
    const suspendData = values.get('cmi.suspend_data') ?? '';
    expect(suspendData.length).toBeGreaterThan(0);
    expect(suspendData.length).toBeLessThanOrEqual(4096);
    expect(suspendData).toMatch(/^[\x20-\x7e]*$/);
    expect(outside, 'requests outside the package').toEqual([]);
    await first.close();

    // Second session, in a fresh browser: the LMS hands back what it kept, and the answers are there.
    const second = await browser.newContext();
    const outsideAgain = await serveLms(second, scorm);
    const againPage = await second.newPage();
    const kept = Object.fromEntries(
      ['cmi.suspend_data', 'cmi.core.lesson_status', 'cmi.core.lesson_location', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max'].map((element) => [element, values.get(element) ?? '']),
    );
    const again = await launch(againPage, scorm, { ...kept, 'cmi.core.entry': 'resume' });
    const regionAgain = again.getByRole('region', { name: quiz.title });
    await expect(regionAgain.getByText(`Your last attempt: Score ${points} of ${maxPoints}`)).toBeVisible();
    await regionAgain.getByRole('button', { name: 'Review your last attempt' }).click();
    for (const text of typed) await expect(regionAgain.getByText(text, { exact: true }).first()).toBeVisible();
    await againPage.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
    await expect.poll(async () => count(await apiCalls(againPage), 'LMSFinish')).toBe(1);
    const callsAgain = await apiCalls(againPage);
    expect(count(callsAgain, 'LMSInitialize')).toBe(1);
    expectEveryCallSucceeded(callsAgain);
    expect(outsideAgain, 'requests outside the package').toEqual([]);
    await second.close();
  });
}
