import { pairingSettingsInput, pairingSettingsOf, setPairingSettings } from '../../pairing/settings';
import { permitted } from '../../procedures';
import { router } from '../../trpc';

/** The city's pairing settings: its own activity kinds, idle weeks, pending days, kinds that credit training hours. */
export const pairingSettingsRouter = router({
  get: permitted('pairing.read').query(({ ctx }) => pairingSettingsOf(ctx.tx)),

  /** The whole settings at once (the city only). */
  set: permitted('pairing.manage')
    .input(pairingSettingsInput)
    .mutation(({ ctx, input }) => setPairingSettings(ctx.tx, ctx.user, input)),
});
