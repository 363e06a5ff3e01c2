import { rebuildProjection } from '@app/projections';
import { Presets, SingleBar } from 'cli-progress';
import type { Runtime } from '../runtime/runtime';

export async function rebuildCommand(runtime: Runtime, name?: string): Promise<number> {
  const all = runtime.projections.projections;
  const chosen = name ? all.filter((p) => p.name === name) : all;
  if (chosen.length === 0) {
    console.error(`No projection named ${name}. Known: ${all.map((p) => p.name).join(', ')}`);
    return 2;
  }
  for (const projection of chosen) {
    const bar = new SingleBar(
      {
        format: `${projection.name.padEnd(20)} {bar} {percentage}% | {applied} events | {rate} events/s | ETA {eta_formatted}`,
        etaBuffer: 50,
        noTTYOutput: true,
        notTTYSchedule: 2000,
      },
      Presets.shades_classic,
    );
    const started = performance.now();
    let barStarted = false;
    const { applied, seconds } = await rebuildProjection(runtime.dataSource, runtime.store, projection, (p) => {
      const rate = Math.round(p.applied / Math.max((performance.now() - started) / 1000, 0.001));
      const total = Math.max(p.headPosition, p.position, 1);
      if (!barStarted) {
        bar.start(total, 0, { applied: 0, rate: 0 });
        barStarted = true;
      }
      bar.setTotal(total);
      bar.update(p.position, { applied: p.applied, rate });
    });
    if (barStarted) bar.stop();
    const rate = Math.round(applied / Math.max(seconds, 0.001));
    console.log(`${projection.name}: rebuilt from ${applied} events in ${seconds.toFixed(2)} s (${rate} events/s)`);
    if (projection.tidy) console.log(`${projection.name}: readable now; a running server finishes it in the background (see the README)`);
  }
  return 0;
}

export async function statusCommand(runtime: Runtime): Promise<number> {
  const { headPosition } = await runtime.store.health();
  const statuses = await runtime.projections.status(headPosition);
  console.log(`event store head position: ${headPosition}`);
  for (const s of statuses) {
    const failure = s.failure ? `  FAILED at event ${s.failure.eventId} (${s.failure.type}): ${s.failure.message}` : '';
    console.log(`${s.name.padEnd(20)} position ${s.position}  lag ${s.lag}${failure}`);
  }
  return statuses.some((s) => s.failure) ? 1 : 0;
}
