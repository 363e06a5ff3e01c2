import { StreamIndexProjection } from '@app/projections';
import { newEvent, streamName } from '../event-store/event-store.contract';
import { RecordingProjection } from '../projections/recording-projection';
import { startTestApp, type TestApp } from '../support/test-app';

async function health(app: TestApp) {
  const response = await app.app.inject({ method: 'GET', url: '/api/health' });
  return { status: response.statusCode, body: response.json() };
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('GET /api/health', () => {
  let app: TestApp;
  afterEach(() => app?.close());

  it("shows each projection's position and lag, and a failing projection with its event", async () => {
    const poisoned = new RecordingProjection('poisoned');
    poisoned.beforeApply = async (event) => {
      if (event.type === 'Poison') throw new Error('unexpected shape');
    };
    app = await startTestApp({}, [new StreamIndexProjection(), poisoned]);
    await poisoned.createTable(app.runtime.dataSource.manager);
    const { store } = app.runtime;
    await store.append(streamName(), [newEvent('Fine')], 'no_stream');
    const poison = newEvent('Poison');
    const { position } = await store.append(streamName(), [poison], 'no_stream');
    await store.append(streamName(), [newEvent('Fine')], 'no_stream');

    const { status, body } = await eventually(
      () => health(app),
      (h) => h.body.projections.every((p: { state: string; position: number }) => p.state === 'failed' || p.position === 3),
    );
    expect(status).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.eventStore).toEqual({ kind: 'postgres', ok: true, headPosition: 3 });
    const byName = Object.fromEntries(body.projections.map((p: { name: string }) => [p.name, p]));
    expect(byName.stream_index).toMatchObject({ state: 'running', position: 3, lag: 0, failure: null });
    expect(byName.poisoned).toMatchObject({
      state: 'failed',
      position: 1,
      lag: 2,
      failure: { eventId: poison.eventId, type: 'Poison', position, message: 'unexpected shape' },
    });
  });

  it('with PROJECTIONS=off runs no projection in this process', async () => {
    app = await startTestApp({ PROJECTIONS: 'off' });
    await app.runtime.store.append(streamName(), [newEvent()], 'no_stream');
    await new Promise((r) => setTimeout(r, 500));
    const { body } = await health(app);
    expect(body.status).toBe('ok');
    expect(body.projections).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'stream_index', state: 'elsewhere', position: 0, lag: 1 })]));
    expect(body.projections.every((p: { state: string }) => p.state === 'elsewhere')).toBe(true);
  });

  it('answers 503 when the event store cannot be reached', async () => {
    app = await startTestApp({ PROJECTIONS: 'off' });
    await app.runtime.dataSource.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await app.runtime.dataSource.query(`ALTER TABLE events RENAME TO events_gone`);
    const { status, body } = await health(app);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable', eventStore: { ok: false } });
    await app.runtime.dataSource.query(`ALTER TABLE events_gone RENAME TO events`);
  });
});
