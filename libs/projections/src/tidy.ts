import type { DataSource } from 'typeorm';
import type { Projection } from './projection';

/** One bounded step of a projection's background work, in its own transaction. */
export function tidyStep(dataSource: DataSource, projection: Projection): Promise<number> {
  const tidy = projection.tidy;
  return tidy ? dataSource.transaction((tx) => tidy.call(projection, tx)) : Promise.resolve(0);
}

/** All of it, step by step, as a caught-up runner would: how many items were handled. */
export async function tidyFully(dataSource: DataSource, projection: Projection): Promise<number> {
  let handled = 0;
  for (let step = await tidyStep(dataSource, projection); step > 0; step = await tidyStep(dataSource, projection)) handled += step;
  return handled;
}
