import type { TFunction } from '@tongxing/domain';
import type { Cell, SheetSpec } from '../../register/excel/stream';

/** One column: its header, its width, and how a row fills it. */
type Column<R> = [header: string, width: number, value: (row: R) => Cell];

function sheet<R>(name: string, columns: Column<R>[], rows: R[]): SheetSpec {
  return {
    name,
    headers: columns.map(([header]) => header),
    widths: columns.map(([, width]) => width),
    rows: rows.map((r) => columns.map(([, , value]) => value(r))),
  };
}

export interface AccountListRow {
  username: string;
  displayName: string;
  role: string;
  mustChangePassword: boolean;
  disabledAt: Date | null;
}

/** An account's state in words, as the list shows it. */
export const accountState = (t: TFunction, a: Pick<AccountListRow, 'mustChangePassword' | 'disabledAt'>): string =>
  a.disabledAt ? t('common.disabled') : a.mustChangePassword ? t('account.mustChange') : t('common.active');

/** The account list as the administrator filtered and ordered it. */
export const accountListSheet = (t: TFunction, rows: AccountListRow[]) =>
  sheet(
    t('account.title'),
    [
      [t('account.username'), 20, (r) => r.username],
      [t('account.displayName'), 16, (r) => r.displayName],
      [t('account.role'), 14, (r) => t(`role.${r.role}`)],
      [t('account.status'), 12, (r) => accountState(t, r)],
    ],
    rows,
  );

export interface RequestListRow {
  teacherName: string;
  fromSchool: string;
  effectiveDate: string;
  endService: boolean;
  toSchool: string | null;
  status: string | null;
  roles: string[] | null;
  note: string | null;
  requestedBy: string;
  state: string;
  decisionComment: string | null;
}

/** The proposed change in words: a move, a status, roles or the end of service. */
export function requestChange(t: TFunction, r: Pick<RequestListRow, 'endService' | 'toSchool' | 'status' | 'roles'>): string {
  const parts: string[] = [];
  if (r.endService) parts.push(t('request.endService'));
  if (r.toSchool) parts.push(t('request.moveTo', { school: r.toSchool }));
  if (r.status) parts.push(r.status);
  if (r.roles) parts.push(r.roles.length ? r.roles.join('、') : t('request.noRoles'));
  return parts.join('；');
}

/** The post-change requests as filtered on their page. */
export const requestListSheet = (t: TFunction, rows: RequestListRow[]) =>
  sheet(
    t('request.title'),
    [
      [t('request.teacher'), 12, (r) => r.teacherName],
      [t('request.school'), 30, (r) => r.fromSchool],
      [t('request.date'), 12, (r) => r.effectiveDate],
      [t('request.change'), 30, (r) => requestChange(t, r)],
      [t('list.columns.note'), 30, (r) => r.note],
      [t('request.requestedBy'), 16, (r) => r.requestedBy],
      [t('request.state'), 10, (r) => t(`request.states.${r.state}`)],
      [t('list.columns.decisionComment'), 30, (r) => r.decisionComment],
    ],
    rows,
  );
