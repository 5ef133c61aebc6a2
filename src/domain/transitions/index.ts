/**
 * Übergänge: what the rest of Strang calls. Pure functions, no I/O; the lists come in as records,
 * the results go out as plain objects.
 */
export { pupilRecordSchema, parseGeschlecht, linkDecisions, linkDecisionLabels, discrepancyKinds, discrepancyLabels, type PupilRecord, type LinkDecision, type DiscrepancyKind, type Geschlecht } from './contracts.js';
export { readPupilList, pupilListLabels, type PupilListKind, type PupilListResult, type ListRow, type ListIssue } from './pupil-list.js';
export { linkLists, type LinkResult } from './link.js';
export { findDuplicates, type DuplicateResult } from './duplicates.js';
export type { LinkOptions, LinkedPair, DuplicatePair, LinkStats } from './compare-lists.js';
export { explainPattern, type FieldExplanation, type LinkageModel } from './model.js';
export { summarizeRound, type RoundSummary } from './discrepancies.js';
export { formatRoundReport, type ReportInput } from './report.js';
export { parseBirthDate, formatGermanDate, formatIsoDate } from './dates.js';
export { generateRound, defaultGeneratorRates, type GeneratedRound, type GeneratorOptions, type GeneratorRates } from './generator.js';
export { measureQuality, type LinkageQuality, type Rate } from './quality.js';
