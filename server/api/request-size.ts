/**
 * The largest tRPC request body we read: a 20 MB thesis upload as base64 (4/3 of it) inside JSON,
 * with room to spare. Everything else is far smaller.
 */
export const MAX_TRPC_BODY_BYTES = 28 * 1024 * 1024;

const MB = 1024 * 1024;
const sizeText = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`);

const tooLarge = (maxBytes: number) =>
  new Response(JSON.stringify({ error: { message: `The request is larger than ${sizeText(maxBytes)}` } }), {
    status: 413,
    headers: { "Content-Type": "application/json" },
  });

/**
 * Refuses an oversized body before it is read: at once when the client declares its length, and
 * as soon as the count passes the limit when it streams one without a length. Hostile clients
 * must not make a process buffer an unbounded body just to be told no.
 */
export function limitRequestBody(request: Request, maxBytes = MAX_TRPC_BODY_BYTES): Request | Response {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return tooLarge(maxBytes);
  if (!request.body || declared !== null) return request;
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) controller.error(new Error(`The request is larger than ${sizeText(maxBytes)}`));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request, { body: counted, duplex: "half" } as RequestInit);
}
