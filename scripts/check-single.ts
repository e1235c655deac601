/** After `build:single`: one file, nothing it would fetch from elsewhere. */
import { readdirSync, readFileSync, statSync } from 'node:fs';

const files = readdirSync('dist-single').filter((f) => !f.startsWith('.'));
const html = files.find((f) => f.endsWith('.html'));
if (!html || files.some((f) => f !== html)) {
  console.error(`build:single: expected dist-single/ to hold one HTML file, found: ${files.join(', ')}`);
  process.exit(1);
}
const text = readFileSync(`dist-single/${html}`, 'utf8');
// Only the page's own tags matter here (strings inside the inlined code are not requests).
const tags = [...text.matchAll(/<(?:script|link|img)\b[^>]*?\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '');
const external = tags.filter((url) => !url.startsWith('data:'));
if (external.length > 0) {
  console.error(`build:single: the page still refers to files: ${external.join(', ')}`);
  process.exit(1);
}
console.log(`dist-single/${html}: ${(statSync(`dist-single/${html}`).size / 1024 / 1024).toFixed(1)} MB, self-contained`);
