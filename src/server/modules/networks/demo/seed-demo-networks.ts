import type { DemoSeedContext } from '../../../core/module.js';

/** Demo networks: the DialOGStandorte structure and the state coordination office's online series. */
export async function seedDemoNetworks(_ctx: DemoSeedContext): Promise<void> {}
