// Issue 16 rows 1, 2, 3, 8 and issue 14 items 5-6: walks that end, never open a FIFO,
// never follow a link out of the ingest roots, report every skip and name files by their
// path under the ingest root.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { walkInputs, commonBase, idFromRel, type WalkItem } from "../../src/sources/walk.js";
import { readInputs } from "../../src/sources/inputs.js";
import type { InputItem, ReadOptions } from "../../src/sources/input.js";

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "banwatch-walk-")); });
afterAll(() => { try { chmodSync(join(dir, "locked", "inner"), 0o755); } catch { /* absent */ } rmSync(dir, { recursive: true, force: true }); });

async function walk(paths: string[], opts: Partial<ReadOptions> = {}): Promise<WalkItem[]> {
  const out: WalkItem[] = [];
  for await (const w of walkInputs(paths, { maxBytes: 1e6, ...opts })) out.push(w);
  return out;
}
const files = (items: WalkItem[]) => items.flatMap((i) => (i.kind === "file" ? [i.rel] : []));
const skips = (items: WalkItem[]) => items.flatMap((i) => (i.kind === "skipped" ? [i.what] : [])).sort();
const rejections = (items: (WalkItem | InputItem)[]) => items.flatMap((i) => (i.kind === "rejected" ? [i.rejection.reason] : [])).sort();

function tree(name: string): string {
  const d = join(dir, name);
  mkdirSync(join(d, "a"), { recursive: true });
  mkdirSync(join(d, "b"));
  writeFileSync(join(d, "a", "index.html"), "<p>a</p>");
  writeFileSync(join(d, "b", "index.txt"), "b");
  return d;
}

describe("walkInputs", () => {
  it("names files by their path under the root, so same-named files stay apart", async () => {
    const d = tree("names");
    expect(files(await walk([d]))).toEqual(["a/index.html", "b/index.txt"]);
    expect(files(await walk([join(d, "a", "index.html"), join(d, "b", "index.txt")]))).toEqual(["a/index.html", "b/index.txt"]);
    expect(idFromRel("a/index.html")).toBe("a/index");
    // Each folder given names its own files; the same name from a second folder is qualified.
    expect(files(await walk([join(d, "a")]))).toEqual(["index.html"]);
    expect(files(await walk([join(d, "a"), join(d, "b")]))).toEqual(["index.html", "b/index.txt"]);
  });
  it("never gives one id twice in a run: a page and a text of the same name side by side", async () => {
    const d = mkdtempSync(join(tmpdir(), "banwatch-ids-"));
    writeFileSync(join(d, "100.html"), "<p>page</p>");
    writeFileSync(join(d, "100.txt"), "text");
    const ids = (await walk([d])).flatMap((i) => (i.kind === "file" ? [i.id] : []));
    expect(ids).toEqual(["100", "100.txt"]);
    rmSync(d, { recursive: true, force: true });
    expect(idFromRel("x/cc.warc.gz")).toBe("x/cc");
    expect(commonBase([{ path: "/x/corpus", isDir: true }])).toBe("/x/corpus");
    expect(commonBase([{ path: "/x/corpus/a.txt", isDir: false }])).toBe("/x/corpus");
  });

  it("counts skipped files by extension; --include/--exclude choose files", async () => {
    const d = tree("skips");
    writeFileSync(join(d, "report.pdf"), "%PDF");
    writeFileSync(join(d, "notes.gz"), "x");
    writeFileSync(join(d, "mirror.php"), "<p>page</p>");
    writeFileSync(join(d, "feed.jsonl"), "{}");
    writeFileSync(join(d, "cc.warc.gz"), "");
    writeFileSync(join(d, ".hidden.txt"), "x");
    const all = await walk([d]);
    expect(files(all)).toEqual(["a/index.html", "b/index.txt", "cc.warc.gz", "feed.jsonl", "mirror.php"]);
    expect(skips(all)).toEqual([".gz", ".pdf", "hidden"]);
    const some = await walk([d], { include: ["*.html", "b/**"], exclude: ["b/index.txt"] });
    expect(files(some)).toEqual(["a/index.html"]);
    expect(skips(some).filter((s) => s === "excluded")).toHaveLength(4);
  });

  it("never opens a FIFO, socket or device (it used to hang for ever)", async () => {
    const d = tree("fifo");
    execFileSync("mkfifo", [join(d, "x.txt")]);
    const items = await walk([d]);
    expect(files(items)).toEqual(["a/index.html", "b/index.txt"]);
    expect(rejections(items)).toEqual(["not_regular"]);
    const read: InputItem[] = [];
    for await (const i of readInputs([join(d, "x.txt"), "/dev/zero"], { maxBytes: 1e6 })) read.push(i);
    expect(rejections(read)).toEqual(["not_regular", "not_regular"]);
  });

  it("does not follow symlinks by default: /etc/passwd is not read, two links to . do not explode the walk", async () => {
    const d = tree("links");
    symlinkSync("/etc/passwd", join(d, "p.txt"));
    symlinkSync(".", join(d, "self1"));
    symlinkSync(".", join(d, "self2"));
    symlinkSync(join(dir, "names"), join(d, "elsewhere"));
    const items = await walk([d]);
    expect(files(items)).toEqual(["a/index.html", "b/index.txt"]);
    expect(skips(items)).toEqual(["symlink", "symlink", "symlink", "symlink"]);
  });

  it("--follow-symlinks stays inside the roots and visits each folder once (device + inode)", async () => {
    const d = join(dir, "links");
    const items = await walk([d], { followSymlinks: true });
    expect(files(items)).toEqual(["a/index.html", "b/index.txt"]);
    expect(rejections(items)).toEqual(["outside_root", "outside_root"]);
    expect(skips(items)).toEqual(["symlink_loop", "symlink_loop"]);
  });

  it("reports a path that does not exist and an unreadable folder as rejections, never a crash", async () => {
    const d = tree("locked");
    mkdirSync(join(d, "inner"));
    writeFileSync(join(d, "inner", "x.txt"), "x");
    chmodSync(join(d, "inner"), 0);
    const items = await walk([d, join(dir, "no-such-thing")]);
    expect(files(items)).toEqual(process.getuid?.() === 0 ? ["a/index.html", "b/index.txt", "inner/x.txt"] : ["a/index.html", "b/index.txt"]);
    expect(rejections(items)).toEqual(process.getuid?.() === 0 ? ["not_found"] : ["not_found", "unreadable"]);
    chmodSync(join(d, "inner"), 0o755);
  });
});

describe("a symlink named on the command line", () => {
  it("is read: the user chose it", async () => {
    const d = join(dir, "named-link");
    mkdirSync(d);
    writeFileSync(join(d, "real.txt"), "The Belgian government banned TikTok on the work phones of civil servants on Friday.");
    symlinkSync(join(d, "real.txt"), join(d, "link.txt"));
    const read: InputItem[] = [];
    for await (const i of readInputs([join(d, "link.txt")], { maxBytes: 1e6 })) read.push(i);
    expect(read.map((i) => i.kind)).toEqual(["document"]);
  });
});
