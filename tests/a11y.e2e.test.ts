/** axe-core in the browser: no serious or critical WCAG 2.1 A/AA violation, in English and Japanese, exploring, touring and embedded. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, settled } from './app-page.ts';

const open = appSuite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    // The map canvas is drawn by WebGL; its text alternative is the list. axe cannot read a canvas.
    const result = await axe.run(
      { exclude: [['.maplibregl-canvas']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  it.each([
    ['explore, English', 'pillar=3'],
    ['explore, Japanese, with a selection', 'lang=ja&id=palau-airport-terminal'],
    ['tour', 'tour=osa&step=2'],
    ['tour, Japanese', 'lang=ja&tour=three-focus-areas'],
    ['embed', 'embed=1&tour=pacific-islands'],
  ])('%s', async (_name, query) => {
    const { page } = await open(query);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
