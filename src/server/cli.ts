import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import { DataDirLockedError } from './core/db.js';
import { AppError } from './core/errors.js';
import { prepareDatabase, refreshStatistics, startServer, stopOnSignals } from './runtime.js';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from './seed/demo.js';
import { createAdmin } from './modules/identity/use-cases/create-admin.js';
import { readSecret } from './read-secret.js';
import fs from 'node:fs';
import { decodeText } from './core/decode-text.js';
import { importSchools } from './modules/directory/use-cases/import-schools.js';
import { printSchoolImport } from './modules/directory/print-school-import.js';
import { printImportReport, runImportCommand } from './modules/mapping/import-export/import-command.js';
import { roleLabels } from '../domain/identity/roles.js';
import { runAllocateCommand } from './allocation-command.js';
import { runTransitionsMatchCommand } from './transitions-command.js';
import { runTransferMatchCommand } from './transfer-command.js';

function config(): Config {
  return loadConfig(process.env);
}

async function serve(opts: { demo: boolean }) {
  const cfg = config();
  const started = Date.now();
  const database = await prepareDatabase(cfg);
  if (opts.demo) {
    const { created } = await seedDemo(database.db);
    await refreshStatistics(database);
    console.log(created ? `Demodaten angelegt (${created} Konten und Organisationseinheiten neu).` : 'Demodaten sind bereits vorhanden, es wurde nichts doppelt angelegt.');
  }
  const running = await startServer(cfg, { database });
  stopOnSignals(running);
  // The port actually bound (PORT=0 picks a free one).
  const url = cfg.PUBLIC_URL ?? running.url;
  console.log(`\nStrang läuft auf ${url}  (${running.database.kind === 'pglite' ? `eingebettete Datenbank in ${cfg.dataDir}` : 'PostgreSQL'}, bereit nach ${Date.now() - started} ms)`);
  if (opts.demo) {
    console.log(`\nDemo-Zugänge (Passwort für alle: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts) console.log(`  ${roleLabels[a.role].padEnd(24)} ${a.email}`);
  } else if (!(await hasUsers(running))) {
    console.log(`\nNoch kein Konto vorhanden: Öffnen Sie ${url}/einrichtung, um die erste Administration anzulegen.`);
  }
  console.log('\nBeenden mit Strg+C.');
}

async function hasUsers(running: Awaited<ReturnType<typeof startServer>>) {
  const { countUsers } = await import('./modules/identity/identity.repository.js');
  return (await countUsers(running.database.db)) > 0;
}

const program = new Command()
  .name('strang')
  .description('Strang – Arbeitsplattform kommunaler Bildungsnetzwerke')
  .showHelpAfterError();

program.command('serve').description('Strang starten (Migrationen werden automatisch angewendet)').action(() => serve({ demo: false }));
program.command('demo').description('Strang mit Demodaten und Demo-Zugängen starten').action(() => serve({ demo: true }));
program
  .command('migrate')
  .description('Nur die Datenbank-Migrationen anwenden und beenden')
  .action(async () => {
    const database = await prepareDatabase(config());
    await database.close();
    console.log('Datenbank ist auf dem neuesten Stand.');
  });
program
  .command('create-admin')
  .description('Administration anlegen (Passwort aus STRANG_ADMIN_PASSWORD oder interaktiv)')
  .requiredOption('--email <email>', 'E-Mail-Adresse')
  .requiredOption('--name <name>', 'Name')
  .action(async (opts: { email: string; name: string }) => {
    const database = await prepareDatabase(config());
    try {
      const password = process.env.STRANG_ADMIN_PASSWORD ?? (await readSecret('Passwort (mindestens 10 Zeichen): '));
      const result = await createAdmin(database.db, { email: opts.email, name: opts.name, password });
      console.log(
        result.created
          ? `Administration ${result.user.email} angelegt.`
          : result.granted
            ? `${result.user.email} hat jetzt die Rolle Administration.`
            : `${result.user.email} hatte die Rolle Administration bereits.`,
      );
    } finally {
      await database.close();
    }
  });

const importCommand = program.command('import').description('Daten einlesen');
importCommand
  .command('schools')
  .description('Schulen und Kommunen aus einer Datei im Format der NRW-Schuldaten einlesen oder aktualisieren (alles oder nichts)')
  .argument('<datei>', 'CSV-Datei (Komma oder Semikolon, UTF-8 oder Windows-1252)')
  .action(async (file: string) => {
    let buffer: Buffer;
    try {
      buffer = fs.readFileSync(file);
    } catch {
      throw new AppError(400, 'file_not_found', `Die Datei ${file} kann nicht gelesen werden.`);
    }
    const database = await prepareDatabase(config());
    try {
      const report = await importSchools(database.db, { content: decodeText(buffer).text, actor: null });
      printSchoolImport(report);
      if (!report.ok) process.exitCode = 1;
    } finally {
      await database.close();
    }
  });

for (const [kind, what, key] of [
  ['akteure', 'Akteure', 'Name'],
  ['angebote', 'Angebote', 'Titel und Träger'],
] as const) {
  importCommand
    .command(kind)
    .description(`${what} einer Kommune aus CSV oder XLSX einlesen (Abgleich über ${key}; alles oder nichts, mit Bericht je Zeile)`)
    .requiredOption('--kommune <ags>', 'Amtlicher Gemeindeschlüssel der Kommune, z. B. 05315000')
    .option('--dry-run', 'nur prüfen, nichts speichern', false)
    .argument('<datei>', '.csv (Semikolon oder Komma, UTF-8 oder Windows-1252) oder .xlsx')
    .action(async (file: string, opts: { kommune: string; dryRun: boolean }) => {
      const database = await prepareDatabase(config());
      try {
        const report = await runImportCommand(database.db, { kind, ags: opts.kommune, file, dryRun: opts.dryRun });
        printImportReport(kind, report);
        if (!report.ok) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}

program
  .command('allocate')
  .description('Einen Gesamtumfang exakt nach Gewichten verteilen: CSV mit id, weight (optional min, max) lesen, CSV id,units schreiben')
  .requiredOption('--input <datei>', 'CSV-Datei (Komma oder Semikolon, UTF-8 mit oder ohne BOM)')
  .requiredOption('--total <n>', 'Gesamtumfang, z. B. 40 (Stellen) oder 250000 (Euro)')
  .requiredOption('--method <verfahren>', 'hare-niemeyer, sainte-lague oder dhondt')
  .option('--unit <einheit>', 'kleinste Einheit, z. B. 1, 0.5 oder 0.25 (Standard 1)')
  .option('--min-column <spalte>', 'Spalte mit Mindestwerten (Standard min, falls vorhanden)')
  .option('--max-column <spalte>', 'Spalte mit Höchstwerten (Standard max, falls vorhanden)')
  .option('--out <datei>', 'Ergebnis in diese Datei statt auf die Standardausgabe')
  .option('--seed <text>', 'Startwert des Losverfahrens bei Gleichstand (Standard: aus Kennungen und Gewichten abgeleitet)')
  .action((opts: { input: string; total: string; method: string; unit?: string; minColumn?: string; maxColumn?: string; out?: string; seed?: string }) => {
    process.exitCode = runAllocateCommand(opts);
  });

program
  .command('transitions')
  .description('Übergänge zwischen Schulen')
  .command('match')
  .description('Abgangsliste mit Anmeldeliste abgleichen: CSV leaver_id,registration_id,score,decision schreiben, optional Bericht der Unstimmigkeiten')
  .requiredOption('--leavers <datei>', 'Abgangsliste (CSV mit id, nachname, vorname, geburtsdatum; Komma, Semikolon oder Tab; UTF-8 oder Windows-1252)')
  .requiredOption('--registrations <datei>', 'Anmeldeliste (dieselben Spalten, dazu schule)')
  .requiredOption('--out <datei>', 'Ergebnis: ein vorgeschlagenes Paar je Zeile')
  .option('--report <datei>', 'Bericht: Zahlen, Unversorgte, Anmeldungen ohne Abgang, Mehrfachanmeldungen')
  .action((opts: { leavers: string; registrations: string; out: string; report?: string }) => {
    process.exitCode = runTransitionsMatchCommand(opts);
  });

program
  .command('transfer')
  .description('Lernnetzwerk und Wissenstransfer')
  .command('match')
  .description('Lücken mit Praxisbeispielen anderer Kommunen abgleichen: CSV gap_id,rank,practice_id,score schreiben')
  .requiredOption('--practices <datei>', 'Praxisbeispiele (CSV mit id, kommune, titel, beschreibung, handlungsfelder, altersphasen; Listen mit „|“)')
  .requiredOption('--gaps <datei>', 'Lücken (dieselben Spalten; titel darf fehlen)')
  .requiredOption('--out <datei>', 'Ergebnis: ein Vorschlag je Zeile')
  .option('--top <anzahl>', 'höchstens so viele Vorschläge je Lücke (Standard 5)')
  .action((opts: { practices: string; gaps: string; out: string; top?: string }) => {
    process.exitCode = runTransferMatchCommand(opts);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof AppError) {
    console.error(err.message);
  } else {
    // Database errors quote the whole statement with its values: show only the database's own message.
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    console.error(`Strang ist auf einen Fehler gestoßen / Strang hit an error: ${message}`);
  }
  process.exit(1);
});
