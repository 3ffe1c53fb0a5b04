/** What the browser can refuse before sending a byte; the server checks all of it again. */
export const maxUploadBytes = 20 * 1024 * 1024;

const allowedExtensions = [".pdf", ".txt", ".text", ".md", ".markdown"];

export const acceptAttribute = [...allowedExtensions, "application/pdf", "text/plain", "text/markdown"].join(",");

export function uploadProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!allowedExtensions.some((extension) => name.endsWith(extension))) return "Choose a PDF, a plain text file (.txt) or a Markdown file (.md).";
  if (file.size === 0) return "The file is empty.";
  if (file.size > maxUploadBytes) return "The file is larger than 20 MB. Upload a smaller file.";
  return null;
}

/** The file as base64, without the data-URL prefix FileReader adds. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(",") + 1));
    };
    reader.onerror = () => reject(new Error("The file could not be read. Try choosing it again."));
    reader.readAsDataURL(file);
  });
}
