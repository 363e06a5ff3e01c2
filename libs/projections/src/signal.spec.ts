import { Signal } from './signal';

describe('Signal', () => {
  it('wakes every waiter at once', async () => {
    const signal = new Signal();
    const woken: number[] = [];
    const waits = [1, 2].map((n) => signal.wait(10_000).then(() => woken.push(n)));
    signal.fire();
    await Promise.all(waits);
    expect(woken.sort()).toEqual([1, 2]);
  });

  it('remembers a fire with nobody waiting, so a wake-up between two waits is not lost', async () => {
    const signal = new Signal();
    signal.fire();
    const started = Date.now();
    await signal.wait(10_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out when nothing fires', async () => {
    const signal = new Signal();
    let done = false;
    const wait = signal.wait(30).then(() => (done = true));
    expect(done).toBe(false);
    await wait;
    expect(done).toBe(true);
  });
});
