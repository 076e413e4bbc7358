const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const timeFormat = new Intl.DateTimeFormat("en", { timeStyle: "medium" });
const numberFormat = new Intl.NumberFormat("en");

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatTime(date: Date | number): string {
  return timeFormat.format(date);
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** Ollama reports sizes in bytes; its own CLI shows decimal gigabytes. */
export function formatGigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
