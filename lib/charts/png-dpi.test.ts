import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scaleForDpi, withDpi } from "./png-dpi";

// A 1×1 white PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC", "base64");

describe("300-dpi PNG", () => {
  it("carries 300 dpi in a pHYs chunk that an independent reader accepts", () => {
    const out = withDpi(new Uint8Array(PNG), 300);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dpi-")), "x.png");
    fs.writeFileSync(file, out);
    // Python's zlib-free check: chunk layout and CRCs, read independently of our writer.
    const script = `
import struct, zlib, sys
b = open(sys.argv[1], 'rb').read()
assert b[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
i = 8
while i < len(b):
    n, t = struct.unpack('>I4s', b[i:i+8]); d = b[i+8:i+8+n]; c, = struct.unpack('>I', b[i+8+n:i+12+n])
    assert zlib.crc32(t + d) & 0xffffffff == c, t
    if t == b'pHYs':
        x, y, u = struct.unpack('>IIB', d); print(round(x * 0.0254), round(y * 0.0254), u)
    i += 12 + n
`;
    expect(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }).trim()).toBe("300 300 1");
    expect(scaleForDpi(300)).toBeCloseTo(3.125);
  });
});
