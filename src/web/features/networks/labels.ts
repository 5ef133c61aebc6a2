import { useTranslation } from 'react-i18next';
import { landCodes, type LandCode } from '../../../domain/networks/holidays.js';
import { netzwerkEbenen, netzwerkRollen, netzwerkSchwerpunkte, type NetzwerkEbene, type NetzwerkRolle, type NetzwerkSchwerpunkt } from '../../../domain/networks/vocabulary.js';

export const vocab = {
  ebenen: Object.keys(netzwerkEbenen) as NetzwerkEbene[],
  schwerpunkte: Object.keys(netzwerkSchwerpunkte) as NetzwerkSchwerpunkt[],
  rollen: Object.keys(netzwerkRollen) as NetzwerkRolle[],
  laender: [...landCodes],
};

export const isLandCode = (value: string): value is LandCode => (landCodes as readonly string[]).includes(value);

/** Shown names of the codes of the networks vocabularies, in the current language. */
export function useNetworkLabels() {
  const { t } = useTranslation();
  return {
    ebene: (code: NetzwerkEbene) => t(`networks.ebenen.${code}`),
    schwerpunkt: (code: NetzwerkSchwerpunkt) => t(`networks.schwerpunkte.${code}`),
    rolle: (code: NetzwerkRolle) => t(`networks.rollen.${code}`),
    land: (code: string) => (isLandCode(code) ? t(`networks.laender.${code}`) : code),
  };
}
export type NetworkLabels = ReturnType<typeof useNetworkLabels>;
