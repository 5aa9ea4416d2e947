// Whether a process on this host still runs: signal 0 tests without disturbing it
// (EPERM means it exists but belongs to someone else).
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
