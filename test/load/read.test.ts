import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSource, specHash } from "../../generator/load/read.js";
import { removeTempDirs, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

describe("readSource", () => {
  it("hashes the bytes it read; a source made from a string hashes the string's UTF-8, the same for valid UTF-8", async () => {
    const cwd = tempDir();
    const text = "openapi: 3.0.0\ninfo: { title: “Quoted” — ünïcode, version: '1' }\n";
    writeFileSync(join(cwd, "spec.yaml"), text);
    const source = await readSource("spec.yaml", cwd);
    expect(source.text).toBe(text);
    expect(source.sha256).toBe(sha256(Buffer.from(text, "utf8")));
    expect(specHash({ origin: "spec.yaml", text })).toBe(source.sha256);
  });

  it("keeps a byte order mark in the text, and hashes invalid UTF-8 as the bytes it is", async () => {
    const cwd = tempDir();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("openapi: 3.0.0\n"), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    writeFileSync(join(cwd, "spec.yaml"), bytes);
    const source = await readSource("spec.yaml", cwd);
    expect(source.text).toBe(bytes.toString("utf8"));
    expect(source.text.startsWith("\uFEFF")).toBe(true);
    expect(source.sha256).toBe(sha256(bytes));
    // Two files that decode to the same replacement characters still hash apart.
    const other = Buffer.from(bytes);
    other[bytes.length - 2] = 0xfd;
    writeFileSync(join(cwd, "other.yaml"), other);
    const second = await readSource("other.yaml", cwd);
    expect(second.text).toBe(source.text);
    expect(second.sha256).not.toBe(source.sha256);
  });
});
