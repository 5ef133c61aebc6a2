import type { StrangModule } from '../core/module.js';
import { allocationModule } from './allocation/index.js';
import { auditModule } from './audit/index.js';
import { directoryModule } from './directory/index.js';
import { identityModule } from './identity/index.js';
import { mappingModule } from './mapping/index.js';
import { networksModule } from './networks/index.js';
import { transitionsModule } from './transitions/index.js';
import { transferModule } from './transfer/index.js';

/** Every capability of Strang. A new module is added here and nowhere else. */
export const modules: StrangModule[] = [identityModule, auditModule, directoryModule, mappingModule, networksModule, allocationModule, transitionsModule, transferModule];
