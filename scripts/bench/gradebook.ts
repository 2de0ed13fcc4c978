import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.cjs';
import { startStaticServer } from '../static-server.cjs';
import { measureGradebookImport, type ImportMeasurement } from '../../tests/e2e/gradebook-bench';

/** How long the gradebook page takes to import `count` generated result files in Chromium. */
export async function measureGradebook(buildDir: string, count: number): Promise<ImportMeasurement> {
  const server = await startStaticServer({ root: buildDir });
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ baseURL: server.url });
    return await measureGradebookImport(page, count);
  } finally {
    await browser.close();
    await server.close();
  }
}
