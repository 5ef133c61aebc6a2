import fs from 'node:fs';
import path from 'node:path';

/** Writes all files next to their targets first and renames them only when every one is written. */
export function writeAll(files: { target: string; option: string; content: string }[]): string | null {
  const temps = files.map((f) => {
    const target = path.resolve(f.target);
    return { ...f, target, temp: path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`) };
  });
  for (const f of temps) {
    try {
      fs.writeFileSync(f.temp, f.content);
    } catch {
      for (const t of temps) fs.rmSync(t.temp, { force: true });
      return `${f.option}: Die Datei ${f.target} kann nicht geschrieben werden.`;
    }
  }
  for (const f of temps) fs.renameSync(f.temp, f.target);
  return null;
}
