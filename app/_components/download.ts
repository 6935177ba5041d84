// Saving a file from the page: the day as JSON, the CSV, a day that could not be read.

/** Offers `text` as a file named `name` to save. */
export function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
