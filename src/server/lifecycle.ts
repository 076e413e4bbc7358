/**
 * Shuts a process down when the process that started it is gone. `npm start`
 * runs us under `sh -c`, which does not pass SIGTERM on; without this, killing
 * npm would leave the server, the workers and Postgres running.
 */
export function onParentExit(callback: () => void, intervalMs = 1000): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent || !isAlive(parent)) {
      clearInterval(timer);
      callback();
    }
  }, intervalMs);
  timer.unref();
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
