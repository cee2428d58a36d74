/** One field a write changed, already in words (labels, names, masked numbers); an insert has no `before`, a delete no `after`. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

/** One entry of a record's history or of the audit log, as the API describes it. */
export interface HistoryEntry {
  id: number;
  at: Date;
  /** "YYYY-MM-DD HH:mm", China time. */
  atText: string;
  text: string;
  changes: FieldChange[];
}

/** History rows from the API (`school.history`, `teacher.history`): what the pages show of them. */
export function historyEntries(rows: readonly HistoryEntry[]): HistoryEntry[] {
  return rows.map(({ id, at, atText, text, changes }) => ({ id, at, atText, text, changes }));
}
