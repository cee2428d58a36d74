import type { ConstraintGroup, PlanningModel } from './model';

/** A slack column of an elastic row: how far the row is from holding (below for `+`, above for `-`). */
export interface SlackColumn {
  name: string;
  row: number;
  direction: 'short' | 'over';
}

export interface LpText {
  text: string;
  slacks: SlackColumn[];
}

export const columnName = (index: number): string => `x${index}`;

const TERMS_PER_LINE = 12;

function linear(terms: readonly { coefficient: number; name: string }[]): string {
  if (terms.length === 0) return '0 x0';
  const parts = terms.map(({ coefficient, name }, i) => {
    const sign = coefficient < 0 ? '-' : i === 0 ? '' : '+';
    const magnitude = Math.abs(coefficient);
    return `${sign}${sign ? ' ' : ''}${magnitude === 1 ? '' : `${magnitude} `}${name}`;
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += TERMS_PER_LINE) lines.push(parts.slice(i, i + TERMS_PER_LINE).join(' '));
  return lines.join('\n   ');
}

/**
 * The model in CPLEX LP format. Rows of the `elastic` groups get integer slack columns and the objective
 * becomes their sum, so the optimum says by how much those rows cannot hold together with the others.
 */
export function writeLp(model: PlanningModel, elastic: ReadonlySet<ConstraintGroup> = new Set()): LpText {
  const slacks: SlackColumn[] = [];
  const rows = model.rows.map((row, r) => {
    const terms = row.terms.map((i) => ({ coefficient: 1, name: columnName(i) }));
    if (elastic.has(row.meaning.group)) {
      const own: SlackColumn[] = [];
      if (row.sense !== '<=') own.push({ name: `s${r}short`, row: r, direction: 'short' });
      if (row.sense !== '>=') own.push({ name: `s${r}over`, row: r, direction: 'over' });
      for (const s of own) terms.push({ coefficient: s.direction === 'short' ? 1 : -1, name: s.name });
      slacks.push(...own);
    }
    return ` c${r}: ${linear(terms)} ${row.sense} ${row.rhs}`;
  });
  const objective =
    elastic.size > 0
      ? slacks.map((s) => ({ coefficient: 1, name: s.name }))
      : model.columns.map((c, i) => ({ coefficient: c.cost, name: columnName(i) })).filter((t) => t.coefficient !== 0);
  const binaries = model.columns.map((_, i) => columnName(i));
  const sections = ['Minimize', ` obj: ${linear(objective)}`, 'Subject To', ...rows];
  // A model without moves still names x0 (in `0 x0`), so the reader gets one column.
  if (binaries.length === 0) sections.push(' empty: x0 = 0');
  sections.push('Binary', ...chunk(binaries.length ? binaries : ['x0']));
  if (slacks.length) sections.push('General', ...chunk(slacks.map((s) => s.name)));
  sections.push('End', '');
  return { text: sections.join('\n'), slacks };
}

const chunk = (names: string[]) => {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += TERMS_PER_LINE * 2) lines.push(` ${names.slice(i, i + TERMS_PER_LINE * 2).join(' ')}`);
  return lines;
};
