/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const siteDir = path.resolve(__dirname, '../../fixtures/link-check-site');
const docusaurus = path.resolve(__dirname, '../../../node_modules/@docusaurus/core/bin/docusaurus.mjs');

function build(docs: 'docs-ok' | 'docs-broken') {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
  const result = spawnSync(process.execPath, [docusaurus, 'build', siteDir, '--out-dir', outDir], {
    env: { ...process.env, FIXTURE_DOCS: docs, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the production build and internal links (course link policy)', () => {
  afterAll(() => {
    fs.rmSync(path.join(siteDir, '.docusaurus'), { recursive: true, force: true });
  });

  it('succeeds when every internal link resolves', () => {
    const { status, output } = build('docs-ok');
    expect(output).toContain('SUCCESS');
    expect(status).toBe(0);
  }, 120_000);

  it('fails, naming the page and the broken link, when a lesson links to a page that does not exist', () => {
    const { status, output } = build('docs-broken');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken link/i);
    expect(output).toContain('/course/no-such-lesson');
    expect(output).toContain('/course/second');
  }, 120_000);
});
