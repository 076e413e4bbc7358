/** Uploads a .gguf adapter with progress (fetch cannot report upload progress; XHR can). */
export interface UploadedAdapter {
  digest: string;
  filename: string;
  size: number;
}

export function uploadAdapter(tenantSlug: string, file: File, onProgress: (percent: number) => void): Promise<UploadedAdapter> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/adapters?tenant=${encodeURIComponent(tenantSlug)}&filename=${encodeURIComponent(file.name)}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as UploadedAdapter & { error?: string };
        } catch {
          return null;
        }
      })();
      if (xhr.status === 201 && body) resolve(body);
      else reject(new Error(body?.error ?? `The upload failed (${xhr.status}). Try again.`));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(file);
  });
}
