/**
 * Downloads in component tests. The page saves a file as a Blob behind a temporary object URL
 * and a click on a temporary link (src/ui/download.ts); jsdom has no object URLs and would try
 * to navigate. `captureDownloads()` stubs both and keeps every file, so a test can read what the
 * reader would get.
 */
import { vi, type MockInstance } from 'vitest';

export interface CapturedDownloads {
  /**
   * Each downloaded file's text by its file name. Reading a Blob is asynchronous, so a file
   * appears a moment after its click: wait for it (`await waitFor(...)`).
   */
  readonly saved: Map<string, string>;
  /** Every Blob the page turned into an object URL, in order. */
  readonly blobs: readonly Blob[];
  /** The links' clicks (restored after the test by the config's `restoreMocks`). */
  readonly click: MockInstance<(this: HTMLAnchorElement) => void>;
}

export function captureDownloads(): CapturedDownloads {
  const blobs: Blob[] = [];
  const saved = new Map<string, string>();
  Object.assign(URL, {
    // Each Blob's URL is its index, so the click can find it again.
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:${blobs.length - 1}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    // A data: URL (the PNG) has no Blob behind it and is not kept.
    const blob = this.href.startsWith('blob:')
      ? blobs[Number(this.href.slice('blob:'.length))]
      : undefined;
    if (blob) void blob.text().then((text) => saved.set(this.download, text));
  });
  return { saved, blobs, click };
}
