// Reads the files a user picked or dropped (single .ink files, several files, or a folder) as text, within
// limits, naming each refusal.

export const FILE_LIMITS = { maxFiles: 200, maxFileBytes: 2 * 1024 * 1024 } as const;

export interface ReadFiles {
  files: Record<string, string>;
  refused: string[];
}

interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (file: File) => void, fail: (error: unknown) => void) => void;
  createReader?: () => {
    readEntries: (ok: (entries: EntryLike[]) => void, fail: (e: unknown) => void) => void;
  };
}

async function entryFiles(entry: EntryLike, out: { path: string; file: File }[]): Promise<void> {
  if (out.length > FILE_LIMITS.maxFiles) return;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file?.(ok, fail));
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const child of batch) await entryFiles(child, out);
    }
  }
}

/** Files from an <input type=file> (webkitRelativePath keeps folder structure) or a drop. */
export async function collectFiles(source: FileList | DataTransfer): Promise<{ path: string; file: File }[]> {
  const out: { path: string; file: File }[] = [];
  if ('items' in source && source.items) {
    const entries = [...source.items]
      .map((item) => (item.webkitGetAsEntry?.() ?? null) as EntryLike | null)
      .filter((e): e is EntryLike => e !== null);
    if (entries.length > 0) {
      for (const entry of entries) await entryFiles(entry, out);
      return out;
    }
  }
  const list = 'files' in source ? source.files : source;
  for (const file of [...list]) out.push({ path: file.webkitRelativePath || file.name, file });
  return out;
}

export async function readStoryFiles(found: { path: string; file: File }[]): Promise<ReadFiles> {
  const files: Record<string, string> = {};
  const refused: string[] = [];
  const inks = found.filter((f) => f.path.toLowerCase().endsWith('.ink'));
  for (const other of found.filter((f) => !f.path.toLowerCase().endsWith('.ink')).slice(0, 3)) {
    refused.push(`${other.path}: not an .ink file, left out`);
  }
  if (inks.length === 0)
    refused.push('no .ink file was found; pick an ink story (a .ink file) or a folder that holds one');
  if (inks.length > FILE_LIMITS.maxFiles)
    refused.push(`${inks.length} .ink files is too many; Attune opens at most ${FILE_LIMITS.maxFiles}`);
  for (const { path, file } of inks.slice(0, FILE_LIMITS.maxFiles)) {
    if (file.size > FILE_LIMITS.maxFileBytes) {
      refused.push(`${path}: larger than 2 MB, left out`);
      continue;
    }
    files[path] = await file.text();
  }
  return { files, refused };
}
