import type { ActorCtx } from '../../../core/context.js';
import { changeCancellation } from './cancel-treffen.js';

/** POST /api/treffen/:id/wiederherstellen: the meeting takes place after all. */
export const restoreTreffen = (ctx: ActorCtx, input: { treffenId: string; version: number }) => changeCancellation(ctx, { ...input, abgesagt: false });
