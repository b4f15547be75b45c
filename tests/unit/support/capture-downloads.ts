/**
 * Catches the files `downloadFile` hands to the browser while `run` runs (it gets the list,
 * to wait for them): jsdom has no object URLs, so they are stood in for here and put back.
 */
export async function captureDownloads(run: (files: Blob[]) => Promise<void>): Promise<Blob[]> {
  const files: Blob[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      files.push(blob);
      return `blob:download-${files.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  try {
    await run(files);
  } finally {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  }
  return files;
}
