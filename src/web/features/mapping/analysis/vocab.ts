export { altersphaseCodes, handlungsfeldCodes } from '../../../../domain/mapping/analysis/coverage.js';
