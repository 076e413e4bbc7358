/** Uploads a guide with progress (fetch cannot report upload progress; XHR can). */
export function uploadGuideFile(tenantSlug: string, file: File, onProgress: (percent: number) => void): Promise<{ duplicate: boolean }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/brand/guides?tenant=${encodeURIComponent(tenantSlug)}&filename=${encodeURIComponent(file.name)}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    xhr.onload = () => {
      let body: { duplicate?: boolean; error?: string } | null = null;
      try {
        body = JSON.parse(xhr.responseText) as { duplicate?: boolean; error?: string };
      } catch {
        body = null;
      }
      if (xhr.status === 200 || xhr.status === 201) resolve({ duplicate: Boolean(body?.duplicate) });
      else reject(new Error(body?.error ?? `The upload failed (${xhr.status}). Try again.`));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(file);
  });
}
