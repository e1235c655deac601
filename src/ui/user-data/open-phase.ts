/** Where opening one of the user's files has got to: the "Your data" dialog shows one phase at a time. */
import type { Detection, ReadError, TableSummary, UserFeatures, UserFileKind } from '../../user-data/types.ts';

export type OpenPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly name: string }
  | { readonly phase: 'failed'; readonly name: string; readonly error: ReadError }
  | {
      readonly phase: 'placing';
      readonly name: string;
      readonly fileKind: UserFileKind;
      readonly table: TableSummary;
      readonly detection: Detection;
      readonly busy: boolean;
    }
  | { readonly phase: 'report'; readonly name: string; readonly result: UserFeatures; readonly table: TableSummary | null };
