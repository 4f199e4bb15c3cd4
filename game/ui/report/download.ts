// Hands a text to the browser as a file download (the report's Markdown, the JSON action log).
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or the download would find no data.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
