// Offering text as a file, built in the page: nothing is sent anywhere. Shared by the tool
// pages (the generator's .txt and .eml, the planner's .ics).

/**
 * Download `text` as a file named `filename`, of MIME type `type`.
 * @param {string} filename
 * @param {string} text
 * @param {string} type
 */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has had time to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
