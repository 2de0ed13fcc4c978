/**
 * A site hosted under a sub-path (`https://example.org/silicon-statecraft/`, the usual layout of a
 * project site): links the site makes for others to open must keep that path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssignmentBuilder from '@site/src/components/AssignmentBuilder';
import { testCatalogue } from '../../support/catalogue';

jest.mock('@docusaurus/useBaseUrl', () => ({
  __esModule: true,
  default: (url: string) => `/silicon-statecraft/${url.replace(/^\//, '')}`,
}));

describe('hosted under a sub-path', () => {
  it('makes assignment share links under the site’s path', async () => {
    const user = userEvent.setup();
    render(<AssignmentBuilder catalogue={testCatalogue} />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Week 1');
    await user.click(screen.getByRole('checkbox', { name: 'Foundations' }));
    await user.click(screen.getByRole('button', { name: 'Create share link' }));
    expect((screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value).toMatch(
      /^http:\/\/localhost\/silicon-statecraft\/assignment#a=[\w-]+$/,
    );
  });

  it('has a web app manifest whose start page and scope are relative to where it is served', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../static/manifest.json'), 'utf8'));
    for (const url of [manifest.start_url, manifest.scope, ...manifest.icons.map((icon: { src: string }) => icon.src)]) {
      expect(url).toEqual(expect.any(String));
      expect(url).not.toMatch(/^\//);
    }
  });
});
