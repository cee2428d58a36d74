import type { overviewZh } from './overview.zh';

/** Messages of the city's overview, in English. */
export const overviewEn: typeof overviewZh = {
  nav: { overview: 'Overview' },
  page: {
    title: 'City overview',
    countyTitle: '{{county}} overview',
    asOf: 'As of {{date}}; allowances of {{month}}',
    month: 'Allowance month',
    county: 'County',
    show: 'Show',
    allCounties: 'Whole city',
    countyColumn: 'County',
    total: 'Total',
    allowance: {
      title: 'Allowances, {{month}}',
      totalAmount: 'Paid this month',
      lines: '{{count}} lines',
      states: 'Counties by sheet state',
      chart: 'Amount per county this month (yuan), by sheet state',
      amount: 'Amount',
      state: 'State',
    },
    training: {
      title: 'Training cycle pace',
      cycle: 'Cycle {{start}} to {{end}}, {{hours}} hours required',
      noCycle: 'Today is in no training cycle the city has set',
      teachers: 'Teachers',
      onPace: 'On pace',
      behind: 'Behind',
      chart: 'Teachers on pace and behind per county',
    },
    rotation: {
      title: 'Exchange rotations, {{year}}',
      defaultPolicy: 'No policy set for the year: the national rule applies',
      eligible: 'Eligible',
      quota: 'Quota',
      planned: 'Planned',
      rotated: 'Rotated',
      short: 'Short',
      chart: 'Quota per county: planned and short (teachers)',
    },
    pairing: {
      title: 'Urban–rural pairs',
      pairs: 'Pairs',
      active: 'Active',
      idle: 'Idle',
    },
    problems: {
      title: 'Inspection problems',
      open: 'To rectify',
      submitted: 'To close',
      overdue: 'Overdue',
      closed: 'Closed',
    },
    quality: {
      title: 'Data quality',
    },
  },
};
