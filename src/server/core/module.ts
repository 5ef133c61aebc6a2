import type { Db } from './db.js';
import type { AppInstance } from './http.js';
import type { PermissionRule } from './policy.js';

/** Demo seeding gets the ids of the demo scopes and users so modules can attach their own data. */
export interface DemoSeedContext {
  db: Db;
  scopes: Record<string, string>;
  users: Record<string, string>;
}

/** How a capability plugs into Strang: routes, permissions and demo data, declared in one place. */
export interface StrangModule {
  name: string;
  permissions: Record<string, PermissionRule>;
  routes(app: AppInstance): void;
  /** Content every installation has (e.g. a catalogue), added at every start after the migrations; must be idempotent. */
  install?(db: Db): Promise<void>;
  /** Reference data (e.g. the school list) loaded for the demo before any demo account exists. */
  seedReference?(db: Db): Promise<void>;
  seedDemo?(ctx: DemoSeedContext): Promise<void>;
  /** Periodic work (e.g. deleting personal data whose retention has ended), run at start and every hour. */
  housekeeping?(db: Db, now: Date): Promise<void>;
}
