/**
 * Save generated text as a file the user downloads. Takes the text as chunks so a large export is handed
 * to the Blob in pieces rather than built into one giant string first.
 */
export function downloadChunks(fileName: string, chunks: Iterable<string>, type: string): void {
  const blob = new Blob([...chunks], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
