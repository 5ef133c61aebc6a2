import { and, eq } from 'drizzle-orm';
import { modellSchema, type ModellInput } from '../../../../domain/allocation/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { DemoSeedContext } from '../../../core/module.js';
import { auditSzenario } from '../allocation.presenters.js';
import { findScopeRef, insertSzenario, insertVersion, type ScopeRef } from '../allocation.repository.js';
import { verteilungSzenarien } from '../allocation.schema.js';
import { runModel } from '../run-model.js';

interface DemoSzenario {
  scope: string;
  /** Demo account shown as author. */
  autor: string;
  name: string;
  beschreibung: string;
  modell: ModellInput;
}

/** Rising with the Sozialindex: Stufe 1 counts a quarter, Stufe 9 three and a half times. */
const koelnFaktoren = { '1': '0.25', '2': '0.5', '3': '0.75', '4': '1', '5': '1.5', '6': '2', '7': '2.5', '8': '3', '9': '3.5' };
/** Factor = level: an assumption for the demo, not the official NRW values. */
const stufeAlsFaktor = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' };

export const demoSzenarien: DemoSzenario[] = [
  {
    scope: 'koeln',
    autor: 'koordination',
    name: 'Köln: 40 FTE Schulsozialarbeit über die Grundschulen',
    beschreibung:
      'Demo: 40 Vollzeitstellen Schulsozialarbeit in halben Stellen auf alle Kölner Grundschulen mit Sozialindex, ' +
      'gewichtet nach Schülerzahl mal einem mit dem Sozialindex steigenden Faktor (Stufe 1: 0,25 bis Stufe 9: 3,5), höchstens 1,5 Stellen je Schule.',
    modell: {
      summe: 40,
      einheit: '0.5',
      verfahren: 'hare-niemeyer',
      auswahl: { schulformen: ['Grundschule'] },
      gewichtung: { art: 'schueler-stufe', faktoren: koelnFaktoren },
      obergrenze: 1.5,
    },
  },
  {
    scope: 'koeln',
    autor: 'koordination',
    name: 'Köln: 40 FTE Schulsozialarbeit – Variante ab Sozialindex 5 mit Sockel',
    beschreibung: 'Demo zum Vergleich: nur Grundschulen ab Sozialindex 5, jede mindestens eine halbe Stelle, nach Sainte-Laguë.',
    modell: {
      summe: 40,
      einheit: '0.5',
      verfahren: 'sainte-lague',
      auswahl: { schulformen: ['Grundschule'], sozialindexVon: 5 },
      gewichtung: { art: 'schueler-stufe', faktoren: koelnFaktoren },
      untergrenze: 0.5,
      obergrenze: 1.5,
    },
  },
  {
    scope: 'nrw',
    autor: 'land',
    name: 'NRW: 6.315 Stellen über alle Schulen mit Sozialindex',
    beschreibung:
      'Demo nach dem Muster des NRW-Modells: 30 % der Stellen nach Schülerzahl, 70 % nach Schülerzahl mal Faktor der Sozialindex-Stufe, ' +
      'ganze Stellen nach Hare-Niemeyer, alle Schulen mit Sozialindex. Die Faktoren (gleich der Stufe) sind eine Annahme für die Demo.',
    modell: {
      summe: 6315,
      einheit: '1',
      verfahren: 'hare-niemeyer',
      gewichtung: { art: 'sockel-index', sockelProzent: 30, faktoren: stufeAlsFaktor },
    },
  },
];

/** The demo scenarios on the real school data; a scenario with the same name in the same scope is left alone. */
export async function seedDemoAllocation({ db, scopes, users }: DemoSeedContext): Promise<void> {
  for (const demo of demoSzenarien) {
    const scopeId = scopes[demo.scope];
    const found = scopeId ? await findScopeRef(db, scopeId) : undefined;
    if (!found || (found.type !== 'kommune' && found.type !== 'land')) continue;
    const scope = found as ScopeRef;
    const [existing] = await db
      .select({ id: verteilungSzenarien.id })
      .from(verteilungSzenarien)
      .where(and(eq(verteilungSzenarien.scopeId, scope.id), eq(verteilungSzenarien.name, demo.name)));
    if (existing) continue;
    const computed = await runModel(db, scope, modellSchema.parse(demo.modell));
    const autor = users[demo.autor] ?? null;
    await db.transaction(async (tx) => {
      const row = await insertSzenario(tx, { scopeId: scope.id, name: demo.name, beschreibung: demo.beschreibung, aktuelleVersion: 1, erstelltVon: autor });
      await insertVersion(tx, { szenarioId: row.id, nummer: 1, name: row.name, ...computed, erstelltVon: autor });
      await writeAudit(tx, { actorId: null, action: 'verteilung_szenario.created', entityType: 'verteilung_szenario', entityId: row.id, scopeId: scope.id, after: auditSzenario(row, computed.modell, computed.ergebnis) });
    });
  }
}
