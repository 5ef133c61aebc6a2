import { useTranslation } from 'react-i18next';
import { lueckenStatus, prioritaeten, transferPhasen, type KontextDimensionCode, type TransferPhase } from '../../../domain/transfer/contracts.js';
import { altersphasen, handlungsfelder, kontextDimensionen, type Altersphase, type Handlungsfeld } from '../../../domain/shared/vocabularies.js';

export type Prioritaet = (typeof prioritaeten)[number];
export type LueckenStatus = (typeof lueckenStatus)[number];
export type { Altersphase, Handlungsfeld, KontextDimensionCode, TransferPhase };

const codes = <V extends Record<string, string>>(v: V) => Object.keys(v) as Array<keyof V & string>;

/** The vocabularies in the order of DESIGN.md (dimensions in the order of the Kontextmodell). */
export const vocab = {
  handlungsfelder: codes(handlungsfelder),
  altersphasen: codes(altersphasen),
  dimensionen: codes(kontextDimensionen),
  prioritaeten,
  lueckenStatus,
  phasen: transferPhasen,
};

const isIn = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
export const isHandlungsfeld = (value: string | null | undefined): value is Handlungsfeld => !!value && isIn(vocab.handlungsfelder, value);
export const isAltersphase = (value: string | null | undefined): value is Altersphase => !!value && isIn(vocab.altersphasen, value);
export const isDimension = (value: string | null | undefined): value is KontextDimensionCode => !!value && isIn(vocab.dimensionen, value);
export const isPhase = (value: string): value is TransferPhase => isIn(vocab.phasen, value);

/** Shown names of the codes, in the current language. */
export function useTransferLabels() {
  const { t } = useTranslation();
  return {
    handlungsfeld: (code: string) => (isHandlungsfeld(code) ? t(`transfer.vocab.handlungsfeld.${code}`) : code),
    altersphase: (code: string) => (isAltersphase(code) ? t(`transfer.vocab.altersphase.${code}`) : code),
    /** "Kita (3–5 Jahre)" */
    altersphaseMitAlter: (code: string) => (isAltersphase(code) ? t('transfer.vocab.altersphaseMitAlter', { label: t(`transfer.vocab.altersphase.${code}`), range: code.replace('-', '–') }) : code),
    dimension: (code: string) => (isDimension(code) ? t(`transfer.vocab.dimension.${code}`) : code),
    dimensionText: (code: string) => (isDimension(code) ? t(`transfer.vocab.dimensionText.${code}`) : ''),
    prioritaet: (code: Prioritaet) => t(`transfer.vocab.prioritaet.${code}`),
    lueckenStatus: (code: LueckenStatus) => t(`transfer.vocab.lueckenStatus.${code}`),
    phase: (code: string) => (isPhase(code) ? t(`transfer.vocab.phase.${code}`) : code),
    phaseKurz: (code: string) => (isPhase(code) ? t(`transfer.vocab.phaseKurz.${code}`) : code),
  };
}
export type TransferLabels = ReturnType<typeof useTransferLabels>;
