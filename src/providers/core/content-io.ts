// The content reader and writer a provider opens for Get-Content and Set-/Add-Content (pwsh's IContentReader and
// IContentWriter): items go in and out in blocks, so a command holds only the block it works on.

/** Items of a content, handed out in blocks. */
export interface ContentReader {
  /** Up to `count` items: fewer only when the content has no more for now (none: it ended, or, when following, nothing
   * new was added yet). */
  read(count: number): unknown[];
  /** Following (-Wait): waits for the content to change before the next read. */
  waitForMore(): void;
  close(): void;
}

export interface ContentReaderRequest {
  /** The whole content as one item (-Raw). */
  raw: boolean;
  /** Only the last this many items (-Tail). */
  tail?: number;
  /** Keep reading what is added after the end (-Wait). */
  follow: boolean;
}

export interface ContentWriter {
  write(values: unknown[]): void;
  close(): void;
}
