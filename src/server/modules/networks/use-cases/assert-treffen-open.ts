import { AppError } from '../../../core/errors.js';
import type { TreffenRow } from '../networks-access.js';

/** Registration, attendance, minutes and new results belong to meetings that take place. */
export function assertNotCancelled(row: TreffenRow, what: string): void {
  if (row.status === 'abgesagt') throw new AppError(409, 'treffen_abgesagt', `Das Treffen ist abgesagt. ${what}`);
}

/** Registering or withdrawing only before the meeting begins. */
export function assertNotStarted(row: TreffenRow, what: string, now = new Date()): void {
  if (row.beginn.getTime() <= now.getTime()) throw new AppError(409, 'treffen_begonnen', `Das Treffen hat bereits begonnen. ${what}`);
}
