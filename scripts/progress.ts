/** Terminal progress for the command-line exporters: a bar, what is done of the total, and the time left. */

export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((Math.min(done, total) / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

/** "1:05 left" from the pace so far; "…" until something is done. */
export function timeLeft(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || elapsedMs <= 0) return '…';
  const seconds = Math.max(0, Math.round(((total - done) * elapsedMs) / done / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} left`;
}

/** One line to redraw with `\r`: bar, count and unit, time left. */
export function progressLine(done: number, total: number, elapsedMs: number, unit: string): string {
  return `${progressBar(done, total)} ${unit} · ${timeLeft(done, total, elapsedMs)}`;
}

/** What is done and what is under way, and the time left when known: "[##....] 2/5 steps · step 3 · clip 40/81 frames · 1:05 left". */
export function statusLine(done: string, now: string, left?: string): string {
  return [done, now, ...(left ? [left] : [])].join(' · ');
}
