import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../../domain/transitions/pupil-list.js';
import type { EintragStatus, ErledigungsGrund, FallArt, FallStatus, ListenArt, RundenStatus, RundeKopf, Seite } from '../../../domain/transitions/round-contracts.js';

type PruefStatus = 'offen' | 'bestaetigt' | 'abgelehnt';

/** Shown names of the codes of the transition vocabularies. */
export function useTransitionsLabels() {
  const { t } = useTranslation();
  return {
    seite: (code: Seite) => t(`transitions.vocab.seite.${code}`),
    listenArt: (code: ListenArt) => t(`transitions.vocab.listenArt.${code}`),
    rundenStatus: (code: RundenStatus) => t(`transitions.vocab.rundenStatus.${code}`),
    fallArt: (code: FallArt) => t(`transitions.vocab.fallArt.${code}`),
    fallArtText: (code: FallArt) => t(`transitions.vocab.fallArtText.${code}`),
    fallStatus: (code: FallStatus) => t(`transitions.vocab.fallStatus.${code}`),
    grund: (code: ErledigungsGrund) => t(`transitions.vocab.grund.${code}`),
    pruefStatus: (code: PruefStatus) => t(`transitions.vocab.pruefStatus.${code}`),
    eintragStatus: (code: EintragStatus) => t(`transitions.vocab.eintragStatus.${code}`),
    feld: (code: ListColumn) => t(`transitions.vocab.feld.${code}`),
    geschlecht: (code: string | null) => (code === 'm' || code === 'w' || code === 'd' ? t(`transitions.vocab.geschlecht.${code}`) : (code ?? '')),
    /** What the person does in a round: coordinate, upload lists, or read the counts. */
    rolle: (runde: Pick<RundeKopf, 'rechte'>) => {
      if (runde.rechte.koordination) return t('transitions.rolle.koordination');
      if (runde.rechte.listen.length > 0) return t('transitions.rolle.listen', { listen: runde.rechte.listen.map((l) => t('transitions.rolle.liste', { art: t(`transitions.vocab.listenArt.${l.art}`), schule: l.schuleName })).join(', ') });
      return t('transitions.rolle.lesend');
    },
  };
}
export type TransitionsLabels = ReturnType<typeof useTransitionsLabels>;
