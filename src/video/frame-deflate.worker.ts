/**
 * Compresses a recorded frame's RGBA pixels (raw deflate, the platform's CompressionStream) off the
 * main thread, for external-sink.ts: a 1280×720 map frame's 3.7 MB become about 0.15 MB to post.
 */
export interface DeflateRequest {
  readonly index: number;
  readonly pixels: ArrayBuffer;
}
export type DeflateReply = { readonly index: number; readonly deflated: ArrayBuffer } | { readonly index: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DeflateRequest>) => void) | null;
  postMessage(message: DeflateReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { index, pixels } = event.data;
  new Response(new Blob([pixels]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer().then(
    (deflated) => scope.postMessage({ index, deflated }, [deflated]),
    (error: unknown) => scope.postMessage({ index, error: error instanceof Error ? error.message : String(error) }),
  );
};
