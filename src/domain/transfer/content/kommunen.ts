import type { ModellKommune } from './types.js';

// The 18 model municipalities of the NRW programme "Kein Kind zurücklassen! Kommunen in NRW
// beugen vor" (2012–2015), as announced by the Land NRW and the Bertelsmann Stiftung.
//
// DEMO DATA. Names, types and AGS keys are real. The figures are only approximations for the demo:
// `einwohner` is rounded (order of magnitude of recent official figures, not an official
// number), and `sozialindexProfil` was derived once from the bundled NRW school list 2024/25
// (share of the municipality's schools with a Sozialindex per level 1–9, rounded to three
// places) – it is a snapshot, not kept in sync with the directory. Everything this module tells
// about the municipalities' practices, gaps and contact persons is fictitious.

export const kommuneKeys = [
  'arnsberg',
  'bielefeld',
  'dormagen',
  'dortmund',
  'duisburg',
  'duesseldorf',
  'gelsenkirchen',
  'gladbeck',
  'hamm',
  'moers',
  'moenchengladbach',
  'muenster',
  'oberhausen',
  'witten',
  'wuppertal',
  'kreis-dueren',
  'kreis-unna',
  'kreis-warendorf',
] as const;
export type KommuneKey = (typeof kommuneKeys)[number];

export const modellKommunen: ModellKommune[] = [
  {
    key: 'arnsberg',
    name: 'Arnsberg',
    art: 'kreisangehoerige-stadt',
    einwohner: 73_000,
    sozialindexProfil: [0.091, 0.228, 0.136, 0.182, 0.182, 0.136, 0.045, 0, 0],
    ags: '05958004',
  },
  {
    key: 'bielefeld',
    name: 'Bielefeld',
    art: 'kreisfreie-stadt',
    einwohner: 338_000,
    sozialindexProfil: [0, 0.129, 0.171, 0.129, 0.143, 0.1, 0.2, 0.071, 0.057],
    ags: '05711000',
  },
  {
    key: 'dormagen',
    name: 'Dormagen',
    art: 'kreisangehoerige-stadt',
    einwohner: 65_000,
    sozialindexProfil: [0.125, 0.313, 0.125, 0.188, 0.062, 0.062, 0.125, 0, 0],
    ags: '05162004',
  },
  {
    key: 'dortmund',
    name: 'Dortmund',
    art: 'kreisfreie-stadt',
    einwohner: 595_000,
    sozialindexProfil: [0.03, 0.112, 0.149, 0.179, 0.127, 0.127, 0.06, 0.097, 0.119],
    ags: '05913000',
  },
  {
    key: 'duisburg',
    name: 'Duisburg',
    art: 'kreisfreie-stadt',
    einwohner: 503_000,
    sozialindexProfil: [0.056, 0.093, 0.093, 0.093, 0.189, 0.121, 0.084, 0.093, 0.178],
    ags: '05112000',
  },
  {
    key: 'duesseldorf',
    name: 'Düsseldorf',
    art: 'kreisfreie-stadt',
    einwohner: 631_000,
    sozialindexProfil: [0.045, 0.142, 0.194, 0.149, 0.082, 0.134, 0.075, 0.104, 0.075],
    ags: '05111000',
  },
  {
    key: 'gelsenkirchen',
    name: 'Gelsenkirchen',
    art: 'kreisfreie-stadt',
    einwohner: 265_000,
    sozialindexProfil: [0.016, 0.082, 0.098, 0.066, 0.082, 0.131, 0.131, 0.148, 0.246],
    ags: '05513000',
  },
  {
    key: 'gladbeck',
    name: 'Gladbeck',
    art: 'kreisangehoerige-stadt',
    einwohner: 76_000,
    sozialindexProfil: [0, 0, 0.25, 0.188, 0.125, 0.125, 0.062, 0.125, 0.125],
    ags: '05562014',
  },
  {
    key: 'hamm',
    name: 'Hamm',
    art: 'kreisfreie-stadt',
    einwohner: 180_000,
    sozialindexProfil: [0.089, 0.2, 0.044, 0.111, 0.178, 0.156, 0.067, 0.044, 0.111],
    ags: '05915000',
  },
  {
    key: 'moers',
    name: 'Moers',
    art: 'kreisangehoerige-stadt',
    einwohner: 104_000,
    sozialindexProfil: [0.087, 0.175, 0.13, 0.174, 0.087, 0.13, 0.13, 0, 0.087],
    ags: '05170024',
  },
  {
    key: 'moenchengladbach',
    name: 'Mönchengladbach',
    art: 'kreisfreie-stadt',
    einwohner: 268_000,
    sozialindexProfil: [0.017, 0.102, 0.119, 0.136, 0.119, 0.167, 0.085, 0.119, 0.136],
    ags: '05116000',
  },
  {
    key: 'muenster',
    name: 'Münster',
    art: 'kreisfreie-stadt',
    einwohner: 320_000,
    sozialindexProfil: [0.029, 0.243, 0.271, 0.229, 0.071, 0.1, 0.014, 0.029, 0.014],
    ags: '05515000',
  },
  {
    key: 'oberhausen',
    name: 'Oberhausen',
    art: 'kreisfreie-stadt',
    einwohner: 210_000,
    sozialindexProfil: [0.024, 0.024, 0.143, 0.309, 0.143, 0.119, 0.048, 0.071, 0.119],
    ags: '05119000',
  },
  {
    key: 'witten',
    name: 'Witten',
    art: 'kreisangehoerige-stadt',
    einwohner: 97_000,
    sozialindexProfil: [0.074, 0.185, 0.297, 0.148, 0.074, 0.111, 0, 0.037, 0.074],
    ags: '05954036',
  },
  {
    key: 'wuppertal',
    name: 'Wuppertal',
    art: 'kreisfreie-stadt',
    einwohner: 358_000,
    sozialindexProfil: [0.024, 0.036, 0.157, 0.145, 0.072, 0.108, 0.084, 0.229, 0.145],
    ags: '05124000',
  },
  {
    key: 'kreis-dueren',
    name: 'Kreis Düren',
    art: 'kreis',
    einwohner: 268_000,
    sozialindexProfil: [0.069, 0.312, 0.241, 0.121, 0.086, 0.017, 0.034, 0.103, 0.017],
    ags: '05358',
  },
  {
    key: 'kreis-unna',
    name: 'Kreis Unna',
    art: 'kreis',
    einwohner: 395_000,
    sozialindexProfil: [0.117, 0.245, 0.223, 0.202, 0.085, 0.053, 0.021, 0.011, 0.043],
    ags: '05978',
  },
  {
    key: 'kreis-warendorf',
    name: 'Kreis Warendorf',
    art: 'kreis',
    einwohner: 279_000,
    sozialindexProfil: [0.09, 0.254, 0.357, 0.09, 0.119, 0.03, 0.03, 0.015, 0.015],
    ags: '05570',
  },
];

export const modellKommuneByKey: ReadonlyMap<string, ModellKommune> = new Map(modellKommunen.map((k) => [k.key, k]));
