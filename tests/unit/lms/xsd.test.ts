/**
 * @jest-environment node
 */
/*
 * The SCORM manifests and the Canvas QTI assessments validate against their standards' schemas
 * (vendored, checked offline).
 */
import { scormManifest, SCORM12_SCHEMA_FILES } from '@site/plugins/lms-export/manifest';
import { bankEntries } from '@site/src/quiz/bank/bankEntries';
import { moodleXmlBank } from '@site/src/quiz/bank/moodleXml';
import { qtiBank } from '@site/src/quiz/bank/qtiBank';
import type { Quiz } from '@site/src/quiz/schema';
import { coursePackages, courseBank } from '../../support/courseBank';
import { xsdErrors } from '../../support/xsd';

jest.setTimeout(60_000);

describe('the SCORM 1.2 manifest', () => {
  it('of every package is valid, with the mastery score of its assessment', async () => {
    const { packages } = await coursePackages();
    const manifests = packages.map((pkg) => ({
      fileName: `${pkg.id}.xml`,
      contents: scormManifest({ ...pkg, launch: 'launch.html', files: ['launch.html', 'index.html', 'assets/js/main.js', ...SCORM12_SCHEMA_FILES, 'imsmanifest.xml'] }),
    }));
    expect(manifests.map((manifest) => manifest.fileName)).toEqual([
      'foundations.xml', 'science-to-tech.xml', 'semiconductors.xml', '5g-trusted-networks.xml', 'technology-and-values.xml', 'building-capacity.xml', 'silicon-statecraft.xml',
    ]);
    expect(await xsdErrors(manifests, 'scorm12-manifest')).toEqual([]);
    for (const [index, pkg] of packages.entries()) {
      expect(manifests[index]!.contents).toContain('<schema>ADL SCORM</schema>');
      expect(manifests[index]!.contents).toContain('<schemaversion>1.2</schemaversion>');
      expect(manifests[index]!.contents).toContain(`<adlcp:masteryscore>${pkg.masteryScore}</adlcp:masteryscore>`);
    }
  });

  it('fails validation when it breaks the schema (the check is real)', async () => {
    const manifest = scormManifest({ id: 'x', title: 'X', description: 'Y', masteryScore: 70, launch: 'launch.html', files: ['launch.html'] });
    const broken = manifest.replace('<organizations', '<organisations').replace('</organizations>', '</organisations>');
    expect(await xsdErrors([{ fileName: 'broken.xml', contents: broken }], 'scorm12-manifest')).not.toEqual([]);
  });

  it('refuses an absolute href', () => {
    expect(() => scormManifest({ id: 'x', title: 'X', description: 'Y', masteryScore: 70, launch: 'launch.html', files: ['/assets/main.js'] })).toThrow('"/assets/main.js" is not a relative path');
  });
});

describe('the QTI 1.2 package for Canvas', () => {
  it('has one valid assessment per quiz, listed in its manifest', async () => {
    const bank = qtiBank(await courseBank());
    const assessments = Object.entries(bank.content).filter(([file]) => file !== 'imsmanifest.xml');
    expect(assessments.length).toBeGreaterThan(25);
    expect(await xsdErrors(assessments.map(([fileName, contents]) => ({ fileName, contents })), 'qti12')).toEqual([]);
    for (const [file] of assessments) expect(bank.content['imsmanifest.xml']).toContain(`href="${file}"`);
  });

  it('carries every question (ordering as matching to positions), reporting what differs', async () => {
    const entries = await courseBank();
    const bank = qtiBank(entries);
    expect(bank.notCarried).toEqual([]);
    const items = Object.values(bank.content).join('').match(/<item /g) ?? [];
    expect(items).toHaveLength(entries.length);
    expect(bank.content['foundations-checkpoint/foundations-checkpoint.xml']).toContain('<mattext texttype="text/plain">1</mattext>');
    expect(bank.partlyCarried.some((note) => note.text.startsWith('carried as matching to positions 1…'))).toBe(true);
  });
});

describe('pools and levels in the exports', () => {
  const quiz: Quiz = {
    id: 'pooled',
    title: 'A pooled quiz',
    draw: { chips: 1, networks: 1 },
    questions: [
      { id: 'a', type: 'true-false', prompt: 'Chips A?', answer: true, level: 'recall', section: 'chips' },
      { id: 'b', type: 'true-false', prompt: 'Chips B?', answer: false, level: 'apply', section: 'chips' },
      { id: 'c', type: 'true-false', prompt: 'Networks C?', answer: true, section: 'networks' },
      { id: 'd', type: 'true-false', prompt: 'Networks D?', answer: false, section: 'networks' },
    ],
  };
  const entries = bankEntries([{ quiz, category: ['Silicon Statecraft', 'Practice'] }]);

  it('become QTI question groups that draw as the quiz does, still valid QTI', async () => {
    const xml = qtiBank(entries).content['pooled/pooled.xml']!;
    expect(xml.match(/<selection_number>1<\/selection_number>/g)).toHaveLength(2);
    expect(await xsdErrors([{ fileName: 'pooled.xml', contents: xml }], 'qti12')).toEqual([]);
  });

  it('become Moodle categories (one per pool section, to draw random questions from) and tags', () => {
    const xml = moodleXmlBank(entries).content;
    expect(xml).toContain('<text>$course$/top/Silicon Statecraft/Practice/Pool section chips</text>');
    expect(xml).toContain('<tag><text>level-recall</text></tag><tag><text>section-chips</text></tag>');
  });
});
