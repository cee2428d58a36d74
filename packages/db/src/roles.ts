/** Database role names, fixed because migrations grant to them by name. */
export const APP_ROLE = 'tongxing_app';
export const OWNER_ROLE = 'tongxing_owner';
export const PLATFORM_TENANT_ID = '00000000-0000-0000-0000-000000000001';
export const PLATFORM_TENANT_CODE = 'platform';
