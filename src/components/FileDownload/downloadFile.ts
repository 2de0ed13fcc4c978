/**
 * Saves text as a file through a Blob and a temporary download link: nothing leaves the browser.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the Blob after `click()` returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file-name-safe form of free text (a learner's name): letters, digits and hyphens. */
export function fileNamePart(text: string): string {
  const slug = text.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return slug.slice(0, 40) || 'learner';
}
