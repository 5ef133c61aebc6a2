/**
 * The apportionment engine on all 5,407 NRW schools (bundled file): 6,315 positions by each method,
 * without and with bounds, and a budget in whole euros. Weight = pupils × an illustrative factor per
 * Sozialindex level (1.00 at level 1 up to 3.00 at level 9; schools without an index 1.00).
 * Prints the median time of a full allocate() call including the explanation fields; asserts nothing.
 *
 *   npx tsx bench/allocation.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import { allocate, allocationMethods, type AllocationInput } from '../src/domain/allocation/allocate.js';
import { formatDecimal, rational } from '../src/domain/allocation/rational.js';
import { parseSchoolFile } from '../src/domain/directory/school-file.js';

const RUNS = 9;
const { records, errors } = parseSchoolFile(fs.readFileSync('data/nrw-schulen/schulen_nrw_2024_25.csv', 'utf8'));
if (errors.length) throw new Error(`school file: ${errors[0]!.message}`);
// Factor 1 + (level − 1)/4, kept exact: pupils × (level + 3) / 4.
const recipients = records.map((s) => ({ id: s.schulnummer, weight: formatDecimal(rational(BigInt((s.schueler ?? 0) * ((s.sozialindex ?? 1) + 3)), 4n)) }));

/** Wall-clock and CPU time per call; on a busy machine the CPU time shows the engine's own cost. */
function time(input: AllocationInput) {
  const runs: number[] = [];
  const cpu: number[] = [];
  let result = allocate(input);
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = allocate(input);
    runs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: runs[RUNS >> 1]!, min: runs[0]!, max: runs[RUNS - 1]!, cpu: cpu[RUNS >> 1]!, result };
}

const ms = (x: number) => `${x.toFixed(0).padStart(4)} ms`;
console.log(`${recipients.length.toLocaleString('de-DE')} Schulen, Gewicht = Schülerzahl × Faktor der Sozialindex-Stufe · Median aus ${RUNS} Läufen · node ${process.version} · ${os.cpus().length} CPUs · Last ${os.loadavg()[0]!.toFixed(1)}`);
const scenarios: [string, Omit<AllocationInput, 'method'>][] = [
  ['6.315 Stellen', { recipients, total: 6315 }],
  ['6.315 Stellen, halbe Stellen, 0,5–3', { recipients: recipients.map((r) => ({ ...r, min: '0.5', max: 3 })), total: 6315, unit: '0.5' }],
  ['250.000.000 € in ganzen Euro', { recipients, total: 250_000_000 }],
];
for (const [label, input] of scenarios) {
  console.log(`\n${label}:`);
  for (const method of allocationMethods) {
    const { median, min, max, cpu, result } = time({ ...input, method });
    const binding = result.recipients.filter((r) => r.bound).length;
    console.log(
      `  ${method.padEnd(14)} Median ${ms(median)} (min ${ms(min)}, max ${ms(max)}; CPU ${ms(cpu)})` +
        ` · Gleichstände ${result.ties.length}${binding ? ` · Grenze greift bei ${binding.toLocaleString('de-DE')} Schulen` : ''}${result.divisor ? ` · Divisor ${result.divisor.decimal}` : ''}`,
    );
  }
}
