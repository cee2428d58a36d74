import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, translator, type Permission } from '@tongxing/domain';

/** A rotation page for those holding `permission`; a school administrator elsewhere is sent to its own moves. */
export function requireRotation(event: Pick<RequestEvent, 'locals'>, permission: Permission): void {
  const role = event.locals.session!.user.role;
  if (can(role, permission)) return;
  if (can(role, 'rotation.answer')) redirect(303, '/rotation/moves');
  error(403, translator(event.locals.locale)('error.forbidden'));
}
