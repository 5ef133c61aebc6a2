import { useTranslation } from 'react-i18next';
import { angebotStatus, kooperationsTypen, kreise } from '../../../../domain/mapping/vocabulary.js';
import { altersphasen, ebenen, finanzierungen, handlungsfelder } from '../../../../domain/shared/vocabularies.js';
import { isStandardTyp } from './format.js';

export type Kreis = keyof typeof kreise;
export type Handlungsfeld = keyof typeof handlungsfelder;
export type Altersphase = keyof typeof altersphasen;
export type Ebene = keyof typeof ebenen;
export type Finanzierung = keyof typeof finanzierungen;
export type AngebotStatus = keyof typeof angebotStatus;
export type KooperationsTyp = keyof typeof kooperationsTypen;

const codes = <V extends Record<string, string>>(v: V) => Object.keys(v) as Array<keyof V & string>;

/** The shared vocabularies in their order of DESIGN.md. */
export const vocab = {
  kreise: codes(kreise),
  handlungsfelder: codes(handlungsfelder),
  altersphasen: codes(altersphasen),
  ebenen: codes(ebenen),
  finanzierungen: codes(finanzierungen),
  status: codes(angebotStatus),
  kooperationsTypen: codes(kooperationsTypen),
};

/** Labels of the vocabularies in the current language. */
export function useLabels() {
  const { t } = useTranslation();
  return {
    /** Built-in types are translated; a Kommune's own types keep the name it gave them. */
    typ: (code: string, label: string) => (isStandardTyp(code) ? t(`mapping.typen.${code}`) : label),
    kreis: (code: Kreis) => t(`mapping.kreise.${code}`),
    handlungsfeld: (code: Handlungsfeld) => t(`mapping.handlungsfelder.${code}`),
    altersphase: (code: Altersphase) => t(`mapping.altersphasen.${code}`),
    ebene: (code: Ebene) => t(`mapping.ebenen.${code}`),
    finanzierung: (code: Finanzierung) => t(`mapping.finanzierungen.${code}`),
    status: (code: AngebotStatus) => t(`mapping.status.${code}`),
    kooperationsTyp: (code: KooperationsTyp) => t(`mapping.kooperationsTypen.${code}`),
  };
}
export type Labels = ReturnType<typeof useLabels>;
