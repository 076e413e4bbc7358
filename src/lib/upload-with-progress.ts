/**
 * Posts a file as the raw request body, reporting upload progress (fetch
 * cannot; XHR can). Resolves with the JSON answer of a 2xx response; rejects
 * with the server's `error` message otherwise.
 */
export function uploadWithProgress<T>(url: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    xhr.onload = () => {
      let body: (T & { error?: string }) | null = null;
      try {
        body = JSON.parse(xhr.responseText) as T & { error?: string };
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else reject(Object.assign(new Error(body?.error ?? `The upload failed (${xhr.status}). Try again.`), { body }));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(file);
  });
}
