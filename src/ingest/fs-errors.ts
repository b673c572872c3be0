// File-system errors in words. Node reports "ENOENT" or "EACCES"; a reader of a build's error
// list should not need to know errno codes to see that a file is missing or not readable.

const WORDS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "too many levels of symbolic links (a link loop)",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error (the disk or the network share failed)",
};

/** What went wrong, in words: the errno code's meaning, else the error's own message. */
export function fsErrorWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code && WORDS[code]) return WORDS[code];
  return e instanceof Error ? e.message : String(e);
}

/** The one-line reason a file could not be read: "cannot read: permission denied". */
export function cannotRead(e: unknown): string {
  return `cannot read: ${fsErrorWords(e)}`;
}
