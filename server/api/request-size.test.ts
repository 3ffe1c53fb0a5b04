import { describe, expect, it } from "vitest";
import { limitRequestBody } from "@/server/api/request-size";

const streamOf = (...chunks: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });

describe("limitRequestBody", () => {
  it("refuses a declared length over the limit without reading the body", async () => {
    let wasRead = false;
    // A high-water mark of 0: the stream pulls only when someone reads it.
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          wasRead = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://stoa.test/api/trpc/x", { method: "POST", body, headers: { "content-length": "101" }, duplex: "half" } as RequestInit);
    const result = limitRequestBody(request, 100);
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(413);
    expect(await (result as Response).json()).toEqual({ error: { message: "The request is larger than 100 bytes" } });
    expect(wasRead).toBe(false);
  });

  it("passes a body within the limit through unchanged", async () => {
    const request = new Request("http://stoa.test/api/trpc/x", { method: "POST", body: "x".repeat(100) });
    const result = limitRequestBody(request, 100);
    expect(result).toBeInstanceOf(Request);
    expect(await (result as Request).text()).toBe("x".repeat(100));
  });

  it("stops a streamed body without a length once it passes the limit", async () => {
    const request = new Request("http://stoa.test/api/trpc/x", { method: "POST", body: streamOf(60, 60), duplex: "half" } as RequestInit);
    const result = limitRequestBody(request, 100);
    expect(result).toBeInstanceOf(Request);
    await expect((result as Request).text()).rejects.toThrow();
  });

  it("lets a streamed body within the limit through", async () => {
    const request = new Request("http://stoa.test/api/trpc/x", { method: "POST", body: streamOf(50, 50), duplex: "half" } as RequestInit);
    const result = limitRequestBody(request, 100);
    expect(((await (result as Request).arrayBuffer()).byteLength)).toBe(100);
  });
});
