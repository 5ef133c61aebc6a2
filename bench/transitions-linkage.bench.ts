/**
 * Record linkage of a transition round on generated German pupil lists (seeded): time and peak
 * memory of linking 5,000 leavers with their registrations and of 100,000 with theirs, with
 * blocking, against comparing every pair (brute force) in the same run.
 *
 * Each measurement runs in a fresh child process, so that its peak memory (maxRSS) is its own. Per
 * size:
 *   - linkage with blocking (leaver list × registration list, without the duplicate search);
 *   - the whole round as `strang transitions match` computes it (plus the duplicate search in both
 *     lists and the summary);
 *   - brute force: the same engine on every pair. Up to BENCH_BRUTE_LIMIT leavers (default 10,000)
 *     it really runs; above, every pair cannot even be held in memory (100,000 × 100,000 = 10^10
 *     patterns), so it compares a random sample of pairs and extrapolates time from it, saying so.
 * Prints figures; asserts nothing about time.
 *
 *   npx tsx bench/transitions-linkage.bench.ts
 *   BENCH_SIZES=5000 npx tsx bench/transitions-linkage.bench.ts
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { comparePair } from '../src/domain/transitions/compare.js';
import { summarizeRound } from '../src/domain/transitions/discrepancies.js';
import { generateRound } from '../src/domain/transitions/generator.js';
import { linkLists } from '../src/domain/transitions/link.js';
import { recordPreparer } from '../src/domain/transitions/prepare.js';
import { measureQuality } from '../src/domain/transitions/quality.js';
import { randomInt, seededRandom } from '../src/domain/transitions/random.js';
import { positiveInt } from './support.js';

const SEED = 2025;
const SAMPLE_PAIRS = 2_000_000;
const BRUTE_LIMIT = positiveInt('BENCH_BRUTE_LIMIT', 10_000);
const SIZES = (process.env.BENCH_SIZES ?? '5000,100000').split(',').map((s) => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_SIZES must list positive whole numbers, got ${JSON.stringify(s)}`);
  return n;
});

type Case = 'blocked' | 'round' | 'all-pairs' | 'sample';

interface Measurement {
  case: Case;
  leavers: number;
  registrations: number;
  ms: number;
  /** Resident memory after generating the lists, and the process's peak. */
  baselineRssMb: number;
  peakRssMb: number;
  comparedPairs: number;
  precision?: number;
  recall?: number;
  f1?: number;
  /** `match` pairs as "leaver|registration", to compare blocking with brute force. */
  matches?: string[];
  microsPerPair?: number;
  /** Sum of the sampled patterns, so the comparisons cannot be optimised away. */
  checksum?: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** One measurement, in this (child) process. */
function measure(kind: Case, size: number): Measurement {
  const round = generateRound({ pupils: size, seed: SEED });
  global.gc?.();
  const baselineRssMb = mb(process.memoryUsage().rss);
  const base = { case: kind, leavers: round.leavers.length, registrations: round.registrations.length, baselineRssMb };
  const started = performance.now();
  if (kind === 'sample') {
    const prepare = recordPreparer();
    const left = round.leavers.map(prepare);
    const right = round.registrations.map(prepare);
    const random = seededRandom(SEED);
    const t0 = performance.now();
    let sink = 0;
    for (let k = 0; k < SAMPLE_PAIRS; k++) sink += comparePair(left[randomInt(random, left.length)]!, right[randomInt(random, right.length)]!);
    const micros = ((performance.now() - t0) * 1000) / SAMPLE_PAIRS;
    return { ...base, ms: performance.now() - started, peakRssMb: process.resourceUsage().maxRSS / 1024, comparedPairs: SAMPLE_PAIRS, microsPerPair: micros, checksum: sink };
  }
  const link = linkLists(round.leavers, round.registrations, { duplicates: kind === 'round', allPairs: kind === 'all-pairs' });
  const summary = summarizeRound(round.leavers, round.registrations, link);
  const ms = performance.now() - started;
  const quality = measureQuality(round, link, summary).matches;
  return {
    ...base,
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    comparedPairs: link.stats.candidatePairs,
    precision: quality.precision,
    recall: quality.recall,
    f1: quality.f1,
    matches: kind === 'round' ? undefined : link.pairs.filter((p) => p.decision === 'match').map((p) => `${p.leaver}|${p.registration}`),
  };
}

/** Runs one measurement in a child process with the same loader (tsx) and reads its result. */
function inChild(kind: Case, size: number): Promise<Measurement> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', script, '--measure', kind, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Measurement) : reject(new Error(`Messung ${kind} ${size} endete mit ${code}`))));
  });
}

const de = (v: number, digits = 0) => v.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => (ms >= 100_000 ? `${de(ms / 1000)} s` : `${de(ms / 1000, 1)} s`);
const duration = (ms: number) => (ms > 86_400_000 ? `${de(ms / 86_400_000, 1)} Tage` : ms > 3_600_000 ? `${de(ms / 3_600_000, 1)} h` : seconds(ms));
const quality = (m: Measurement) => (m.precision === undefined ? '' : `  P ${de(m.precision, 4)}  R ${de(m.recall!, 4)}  F1 ${de(m.f1!, 4)}`);
const row = (label: string, m: Measurement) =>
  `  ${label.padEnd(38)} ${seconds(m.ms).padStart(8)}  Spitze ${de(m.peakRssMb).padStart(6)} MB (Listen ${de(m.baselineRssMb)} MB)  ${de(m.comparedPairs).padStart(14)} Paare${quality(m)}`;

async function main() {
  console.log(`Übergänge: Abgleich generierter Listen (Startwert ${SEED}) · node ${process.version} · ${os.cpus().length} CPUs · ${os.cpus()[0]?.model ?? ''}`);
  for (const size of SIZES) {
    const blocked = await inChild('blocked', size);
    const round = await inChild('round', size);
    const all = blocked.leavers * blocked.registrations;
    console.log(`\n${de(blocked.leavers)} Abgänge × ${de(blocked.registrations)} Anmeldungen (${de(all)} mögliche Paare)`);
    console.log(row('Abgleich mit Blocking', blocked));
    console.log(row('ganze Runde (mit Dubletten je Liste)', round));
    if (size <= BRUTE_LIMIT) {
      const brute = await inChild('all-pairs', size);
      console.log(row('alle Paare (Brute Force)', brute));
      const blockedSet = new Set(blocked.matches);
      const bruteSet = new Set(brute.matches);
      const lost = [...bruteSet].filter((k) => !blockedSet.has(k)).length;
      const extra = [...blockedSet].filter((k) => !bruteSet.has(k)).length;
      console.log(
        `  Blocking vergleicht ${de((100 * blocked.comparedPairs) / all, 3)} % der Paare, ${de(brute.ms / blocked.ms, 1)}-mal schneller; ` +
          `Treffer nur bei Brute Force: ${de(lost)}, nur mit Blocking: ${de(extra)} (von ${de(bruteSet.size)})`,
      );
    } else {
      const sample = await inChild('sample', size);
      const perPair = sample.microsPerPair!;
      const compareMs = (all * perPair) / 1000;
      console.log(
        `  ${'alle Paare (Brute Force)'.padEnd(38)} nicht ausführbar. Hochgerechnet aus ${de(SAMPLE_PAIRS)} zufälligen Paaren (${de(perPair, 2)} µs je Vergleich): ` +
          `${duration(compareMs)} allein für die Vergleiche, ${de((all * 4) / 1e9)} GB nur für die Vergleichsmuster (4 Byte je Paar).`,
      );
      console.log(`  Blocking vergleicht ${de((100 * blocked.comparedPairs) / all, 4)} % der Paare; gegenüber den hochgerechneten Vergleichen etwa ${de(compareMs / blocked.ms)}-mal schneller.`);
    }
  }
}

if (process.argv[2] === '--measure') {
  const m = measure(process.argv[3] as Case, Number(process.argv[4]));
  process.stdout.write(JSON.stringify(m));
} else {
  await main();
}
