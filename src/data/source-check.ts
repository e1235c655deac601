/**
 * Checks of the shipped dataset against the files beside it (data/sources/, data/notes/,
 * data/CHANGELOG.md): quotes verbatim, English headings present, every tool backed by the text,
 * and a release version that the changelog describes. `npm run validate` runs them.
 */
import type { DatasetMetadata, Initiative } from './initiative.ts';
import { sourceHolds } from './source-text.ts';
import { toolEvidenceIssues, type SourceTexts, type ToolNote } from './tool-evidence.ts';
import type { DataIssue } from './validate.ts';

export interface SourceFiles {
  readonly sources: SourceTexts;
  readonly notes: readonly ToolNote[];
  /** data/CHANGELOG.md as text. */
  readonly changelog: string;
}

export function sourceIssues(initiatives: readonly Initiative[], metadata: DatasetMetadata | undefined, files: SourceFiles): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const initiative of initiatives) {
    const { source } = initiative.properties;
    const document = files.sources[source.doc];
    const at = (field: string, message: string) => issues.push({ feature: initiative.id, field: `properties.source.${field}`, message });
    if (!sourceHolds(document, source.quote)) at('quote', `expected a fragment found verbatim in data/sources/${source.doc}.txt`);
    if (source.mapLabel && !sourceHolds(document.replace(/\s/g, ''), source.mapLabel.replace(/\s/g, ''))) {
      at('mapLabel', `expected the world-map label verbatim from data/sources/${source.doc}.txt`);
    }
    if (!source.sectionEn) at('sectionEn', 'missing: expected the section heading in English, so that English searches find it');
    if (source.mapLabel && !source.mapLabelEn)
      at('mapLabelEn', 'missing: expected the map label in English, so that English searches find it');
  }
  return [...issues, ...toolEvidenceIssues(initiatives, files.sources, files.notes), ...releaseIssues(metadata, files.changelog)];
}

/** The newest release in a changelog: its first `## x.y.z` heading. */
export function latestRelease(changelog: string): string | null {
  return /^##\s+\[?(\d+\.\d+\.\d+[^\]\s]*)/m.exec(changelog)?.[1] ?? null;
}

function releaseIssues(metadata: DatasetMetadata | undefined, changelog: string): DataIssue[] {
  const latest = latestRelease(changelog);
  if (!metadata?.version) return [{ feature: null, field: 'metadata.version', message: 'missing: expected the release, e.g. "1.1.0"' }];
  if (latest !== metadata.version) {
    return [
      {
        feature: null,
        field: 'metadata.version',
        message: `expected data/CHANGELOG.md to describe ${metadata.version} first, but its newest release is ${latest ?? 'missing'}`,
      },
    ];
  }
  return [];
}
