/**
 * Your data beside ours, as a new user meets it: a Shift_JIS CSV saved from Excel with 緯度/経度
 * columns and a CSV of Web Mercator metres with line breaks inside quoted names, opened from the
 * button and dropped on the map; each drawn where it belongs beside the initiatives, every skipped
 * row explained (and downloadable), kept in this browser across a reload, never sent anywhere, and
 * named with its source line on the PNG and in the deck.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, settled, withMap } from './app-page.ts';
import { encodeShiftJis } from './fixtures/shift-jis.ts';
import { paragraphs, readPptx, slideParts, textRuns } from './pptx-reader.ts';

const open = appSuite();
mkdirSync('tests/output', { recursive: true });

/** As Excel on Japanese Windows saves "CSV": Shift_JIS, CRLF, no BOM; one row with no coordinates. */
const SHIFT_JIS_CSV = encodeShiftJis(
  [
    '名称,緯度,経度,種類',
    'マニラ港,14.5896,120.9747,港湾',
    'スラバヤ港,-7.2,112.73,港湾',
    '位置不明の案件,,,その他',
    'ダバオ,7.07,125.61,空港',
  ].join('\r\n') + '\r\n',
);

/** Web Mercator metres (EPSG:3857), a name with a line break inside quotes, a thousands separator. */
const MERCATOR_CSV = new TextEncoder().encode(
  [
    'name,x,y',
    '"Port of Suva\nFiji",19852955,-2042002', // 178.34, -18.14
    '"Apia, Samoa",-19107548,-1565703', // -171.64, -13.91 … crosses nothing on its own
    'Tokyo,"15,558,700",4257000', // 139.77, 35.68
    'Nowhere,abc,123',
  ].join('\n'),
);

const USER_DIALOG = '[data-testid="user-data-dialog"]';

async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.click('[data-testid="open-user-data"]');
  await page.locator(USER_DIALOG).waitFor();
  await page.setInputFiles('[data-testid="user-data-input"]', { name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

/** Drops a file on the map as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name: fileName, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'text/csv' }));
      const target = document.querySelector('.map-area')!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes] },
  );
}

/** The user features the map draws in view, by a property, from its user layers' rendered features. */
async function renderedUserFeatures(page: Page, property: string): Promise<string[]> {
  await settled(page);
  return withMap(
    page,
    (map, prop) => {
      const layers = map
        .getStyle()
        .layers.filter((l) => /^user-.*-points$/.test(l.id))
        .map((l) => l.id);
      return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[prop])))].sort();
    },
    property,
  );
}

/** The screen position of a longitude/latitude on the map. */
async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return withMap(page, (map, at) => map.project(at), lngLat);
}
