import { useTranslation } from 'react-i18next';
import type { AusschlussGrund, Einheit, Gewichtung, Verfahren } from '../../../domain/allocation/contracts.js';
import { einheitKey } from './format.js';

export type GewichtungsArt = Gewichtung['art'];

/** Shown names (and one-line explanations) of the codes of the allocation vocabularies. */
export function useAllocationLabels() {
  const { t } = useTranslation();
  return {
    verfahren: (code: Verfahren) => t(`allocation.verfahren.${code}`),
    verfahrenHint: (code: Verfahren) => t(`allocation.verfahrenHint.${code}`),
    einheit: (code: Einheit) => t(`allocation.einheit.${einheitKey[code]}`),
    art: (code: GewichtungsArt) => t(`allocation.art.${code}`),
    artHint: (code: GewichtungsArt) => t(`allocation.artHint.${code}`),
    grund: (code: AusschlussGrund) => t(`allocation.grund.${code}`),
    bereichTyp: (typ: 'kommune' | 'land') => t(`allocation.bereichTyp.${typ}`),
  };
}
export type AllocationLabels = ReturnType<typeof useAllocationLabels>;
