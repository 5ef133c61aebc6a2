import { useTranslation } from 'react-i18next';
import { cx } from '../../../lib/cx.js';
import { useTransferLabels } from '../labels.js';

const steps = ['vorbereitung', 'austausch', 'nachbereitung', 'abgeschlossen'] as const;

/** Where the transfer stands: the four phases in order; the current one is marked as the current step. */
export function Stepper({ phase }: { phase: string }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const cancelled = phase === 'abgebrochen';
  const current = cancelled ? -1 : steps.indexOf(phase as (typeof steps)[number]);
  return (
    <ol className={cx('app-lern-stepper', cancelled && 'app-lern-stepper--cancelled')} aria-label={t('transfer.process.stepperLabel')}>
      {steps.map((step, index) => {
        // A finished transfer has every step behind it.
        const state = cancelled ? 'offen' : phase === 'abgeschlossen' || index < current ? 'erledigt' : index === current ? 'aktuell' : 'offen';
        return (
          <li key={step} className={`app-lern-step app-lern-step--${state}`} aria-current={state === 'aktuell' ? 'step' : undefined}>
            <span className="app-lern-step__marker" aria-hidden="true">
              {state === 'erledigt' ? '✓' : index + 1}
            </span>
            <span className="app-lern-step__text">
              <span className="app-lern-step__label">{labels.phase(step)}</span>
              <span className="app-lern-step__state">{t(`transfer.process.step.${state}`)}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
