/**
 * `npm run screenshot -- [query] [out.png] [WxH]`: opens the built app in headless
 * Chromium and saves a screenshot (used for docs/screenshot.png and to look at the map).
 */
import { launchBrowser, mapIdle, serveBuild } from './chromium.ts';

const [query = '', out = 'docs/screenshot.png', size = '1280x720'] = process.argv.slice(2);
const [width = 1280, height = 720] = size.split('x').map(Number);
const server = await serveBuild();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.error(`[browser ${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(`${server.url}?debug=1${query ? `&${query}` : ''}`);
  // Every change so far drawn, the dataset's included (the automation API exists once it is loaded);
  // a view with no initiative in it (the Southern Ocean, say) is a picture like any other.
  await mapIdle(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
