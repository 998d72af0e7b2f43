import { describe, expect, it } from "vitest";
import { readJsonBody } from "./request-body";

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/responses", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("parses JSON", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJsonBody(post('{"a":1}', { "content-type": "application/json; charset=utf-8" }))).toMatchObject({ ok: true });
  });

  it("refuses other content types, broken JSON and invalid UTF-8", async () => {
    expect(await readJsonBody(post("{}", { "content-type": "text/plain" }))).toEqual({ ok: false, reason: "unsupportedMediaType" });
    expect(await readJsonBody(post("{"))).toEqual({ ok: false, reason: "invalidJson" });
    expect(await readJsonBody(post(new Uint8Array([0x22, 0xff, 0x22])))).toEqual({ ok: false, reason: "invalidJson" });
  });

  it("stops reading a streamed body past the limit, whatever Content-Length says", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
        if (pulled > 1000) controller.close();
      },
    });
    expect(await readJsonBody(post(stream), 4096)).toEqual({ ok: false, reason: "tooLarge" });
    expect(pulled).toBeLessThan(10);
    expect(await readJsonBody(post("x".repeat(10), { "content-type": "application/json", "content-length": "999999" }), 4096)).toEqual({
      ok: false,
      reason: "tooLarge",
    });
  });
});
