// Waiting for a condition, never for a fixed time: polls until `check` returns a truthy
// value (which is returned) or the timeout passes, then fails naming what it waited for.
// A check that throws keeps being retried, unless its error is marked `fatal`.
export async function waitUntil(what, check, timeoutMs = 10_000, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await check();
      lastError = undefined;
      if (last) return last;
    } catch (error) {
      if (error?.fatal) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = lastError ? ` (last error: ${lastError.message ?? lastError})` : last !== undefined ? ` (last value: ${JSON.stringify(last)})` : '';
      throw new Error(`Timed out after ${(timeoutMs / 1000).toFixed(0)} s waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
