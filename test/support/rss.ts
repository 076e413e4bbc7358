/** This process's peak RSS growth while `work` runs, sampled every 25 ms (run node with --expose-gc for a steady baseline). */
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

export async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number; seconds: number }> {
  gc();
  const start = process.memoryUsage.rss();
  const started = performance.now();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    gc();
  }, 25);
  try {
    const result = await work();
    return { result, growthMb: (Math.max(peak, process.memoryUsage.rss()) - start) / MB, seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(sampler);
  }
}
