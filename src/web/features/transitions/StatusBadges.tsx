import type { EintragStatus, FallStatus, RundenStatus } from '../../../domain/transitions/round-contracts.js';
import { Badge, type BadgeVariant } from '../../components/Badge.js';
import { useTransitionsLabels } from './labels.js';

const rundeVariant: Record<RundenStatus, BadgeVariant> = { offen: 'info', abgeschlossen: 'warning', geloescht: 'success' };
const fallVariant: Record<FallStatus, BadgeVariant> = { offen: 'warning', erledigt: 'success', entfallen: 'info' };
const eintragVariant: Record<EintragStatus, BadgeVariant> = {
  'nicht-abgeglichen': 'info',
  angemeldet: 'success',
  zugeordnet: 'success',
  'in-pruefung': 'info',
  unversorgt: 'danger',
  'ohne-abgang': 'warning',
  mehrfach: 'warning',
  geklaert: 'success',
};

/** In narrow table columns a badge breaks between words only, never inside one. */
export function RundenStatusBadge({ status }: { status: RundenStatus }) {
  const labels = useTransitionsLabels();
  return <span className="app-trans-badge"><Badge variant={rundeVariant[status]}>{labels.rundenStatus(status)}</Badge></span>;
}

export function FallStatusBadge({ status }: { status: FallStatus }) {
  const labels = useTransitionsLabels();
  return <span className="app-trans-badge"><Badge variant={fallVariant[status]}>{labels.fallStatus(status)}</Badge></span>;
}

export function EintragStatusBadge({ status }: { status: EintragStatus }) {
  const labels = useTransitionsLabels();
  return <span className="app-trans-badge"><Badge variant={eintragVariant[status]}>{labels.eintragStatus(status)}</Badge></span>;
}
