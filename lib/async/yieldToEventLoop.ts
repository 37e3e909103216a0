/**
 * Lets the messages already queued for this thread (a panel's worker added, an executor lost, a
 * kernel request) run before continuing a long loop. A message to ourselves rather than
 * setTimeout(0): browsers clamp nested timeouts to 4 ms, which a training loop that yields after
 * every step would pay on each one.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
