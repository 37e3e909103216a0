import { describe, expect, it, vi } from 'vitest';
import { yieldToEventLoop } from './yieldToEventLoop';

describe('yieldToEventLoop', () => {
  it('lets a message queued before it run first', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('queued message');
    channel.port2.postMessage(null);
    await yieldToEventLoop();
    order.push('after yield');
    channel.port1.close();
    expect(order).toEqual(['queued message', 'after yield']);
  });

  it('does not wait on a timer, so the clamping browsers apply to nested timeouts never applies', async () => {
    // With timers frozen, a setTimeout-based yield would never resolve.
    const realSetTimeout = globalThis.setTimeout;
    vi.useFakeTimers();
    try {
      const stuck = new Promise((resolve) => realSetTimeout(() => resolve('stuck'), 1000));
      const settled = await Promise.race([yieldToEventLoop().then(() => 'yielded'), stuck]);
      expect(settled).toBe('yielded');
    } finally {
      vi.useRealTimers();
    }
  });
});
