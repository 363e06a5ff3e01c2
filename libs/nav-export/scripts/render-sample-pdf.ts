import { writeFileSync } from 'node:fs';
import { renderCaseExportPdf } from '../src/pdf';
import { sampleCaseExport, withTimelineOf } from '../src/testing/sample-export';

/**
 * Renders the sample dossier to a file and prints how long rendering takes for a document
 * with many events (the product's target: the whole export under 1 s). Not a test: timings
 * vary by machine. Compiled with the project: `node dist/libs/nav-export/scripts/render-sample-pdf.js [out.pdf] [events]`.
 */
async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/sample-dossier.pdf';
  const events = Number(process.argv[3] ?? 1000);
  writeFileSync(out, await renderCaseExportPdf(sampleCaseExport()));
  console.log(`wrote ${out}`);

  const doc = withTimelineOf(sampleCaseExport(), events);
  await renderCaseExportPdf(doc); // warm-up: font parsing and JIT
  // CPU time beside wall time: on a busy machine the wall time says more about the neighbours.
  const runs: { wall: number; cpu: number }[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const cpu = process.cpuUsage();
    size = (await renderCaseExportPdf(doc)).length;
    const used = process.cpuUsage(cpu);
    runs.push({ wall: performance.now() - began, cpu: (used.user + used.system) / 1000 });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(0);
  console.log(
    `${events} events, ${(size / 1024).toFixed(0)} KiB: median ${median(runs.map((r) => r.wall))} ms wall, ` +
      `${median(runs.map((r) => r.cpu))} ms CPU (5 runs after a warm-up)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
