import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS } from './columns';
import { declaredUnzippedBytes } from './zip-size';
import { workerSource } from '../../worker-source';

/** The first worksheet as text: the header row and every non-empty row after it, by Excel row number. */
export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}
export interface SheetRow {
  /** The row number Excel shows (the header is row 1). */
  number: number;
  cells: string[];
}

type WorkerMessage = { type: 'progress'; rows: number } | { type: 'done'; sheet: Sheet } | { type: 'error'; message: string };

/**
 * The worker's whole program. It reaches the worker as source text (a SvelteKit server bundle has no
 * separate worker file to point at), so it may use only globals — nothing imported by this module, and
 * not `require` either, which bundlers rewrite.
 */
function workerProgram(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const { Readable } = process.getBuiltinModule('node:stream');
  const { createRequire } = process.getBuiltinModule('node:module');
  const requireFromExceljs = createRequire(workerData.exceljsPath);

  // exceljs 4.4 turns each chunk of an unzipped part into text on its own (lib/utils/parse-sax.js), so a
  // character whose bytes straddle two chunks comes back as U+FFFD — a few names in every large Chinese
  // file (exceljs issues #2063, #2084; fixes never merged). Its XML parse is put in the module cache, before
  // exceljs loads, as the same function with one streaming decoder per part (require.cache takes entries).
  const saxPath = requireFromExceljs.resolve('./lib/utils/parse-sax.js');
  type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
  type Saxes = { on(event: 'error' | SaxEvent['eventType'], handler: (value: never) => void): void; write(text: string): void };
  const { SaxesParser } = createRequire(saxPath)('saxes') as { SaxesParser: new () => Saxes };
  async function* parseSax(iterable: AsyncIterable<string | Uint8Array>): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let error: Error | undefined;
    let events: SaxEvent[] = [];
    parser.on('error', (e: Error) => (error = e));
    for (const eventType of ['opentag', 'text', 'closetag'] as const)
      parser.on(eventType, (value: unknown) => events.push({ eventType, value }));
    const write = (text: string) => {
      parser.write(text);
      if (error) throw error;
      const batch = events;
      events = [];
      return batch;
    };
    for await (const chunk of iterable) yield write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const rest = decoder.decode();
    if (rest) yield write(rest);
  }
  requireFromExceljs.cache[saxPath] = { id: saxPath, filename: saxPath, loaded: true, exports: parseSax } as unknown as NodeJS.Module;
  const ExcelJS = requireFromExceljs(workerData.exceljsPath) as typeof import('exceljs');
  const { bytes, maxRows } = workerData as { bytes: Uint8Array; maxRows: number };
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);

  // Cells become the text a user sees: dates as YYYY-MM-DD, formulas as their result, rich text joined.
  const text = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'object') {
      const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
      if (v.richText)
        return v.richText
          .map((part) => part.text)
          .join('')
          .trim();
      if ('result' in v) return text(v.result);
      if ('text' in v) return text(v.text);
      return '';
    }
    // An export writes "'=…" for text that looks like a formula (excel/stream.ts, inert): read it back as it was.
    return String(value)
      .trim()
      .replace(/^'(?=[=+\-@\t\r])/, '');
  };

  const read = async (): Promise<Sheet> => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    const sheet: Sheet = { headers: [], rows: [] };
    let read = 0;
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        // Every row read counts, empty ones too (and so does a row number past the limit): a file of
        // millions of empty rows is refused as soon as it passes the limit, not read to its end.
        read += 1;
        if (read > maxRows + 1 || row.number > maxRows + 1) throw new Error('too_many_rows');
        const cells = Array.from((row.values as unknown[]).slice(1), text); // Array.from: empty cells are holes
        if (row.number === 1) sheet.headers = cells;
        else if (cells.some((c) => c !== '')) sheet.rows.push({ number: row.number, cells });
        if (read % 1000 === 0) post({ type: 'progress', rows: sheet.rows.length });
      }
      break; // only the first worksheet holds data; the others are the template's lists
    }
    return sheet;
  };
  read().then(
    (sheet) => post({ type: 'done', sheet }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
}

const exceljsPath = createRequire(import.meta.url).resolve('exceljs');

/** Why a workbook could not be read: not an .xlsx file, too many rows, too big once expanded, too slow, or cancelled. */
export type UnreadableReason = 'unreadable' | 'too_many_rows' | 'too_large' | 'too_slow' | 'cancelled';
export class UnreadableWorkbook extends Error {
  constructor(readonly reason: UnreadableReason) {
    super(reason);
  }
}

/**
 * Reads an .xlsx file in a worker thread, so a large workbook does not hold up other requests, within
 * IMPORT_LIMITS: a zip declaring more than `unzippedBytes` is refused unread; the worker's heap is capped
 * (running out ends the worker, not the server) and it is terminated after `readMs`, or when `signal`
 * aborts (the user cancelled). `onProgress` hears how many data rows have been read so far.
 */
export function readWorkbook(
  bytes: Uint8Array,
  maxRows: number,
  onProgress: (rows: number) => void = () => {},
  signal?: AbortSignal,
): Promise<Sheet> {
  const declared = declaredUnzippedBytes(bytes);
  if (declared === null) return Promise.reject(new UnreadableWorkbook('unreadable'));
  if (declared > IMPORT_LIMITS.unzippedBytes) return Promise.reject(new UnreadableWorkbook('too_large'));
  if (signal?.aborted) return Promise.reject(new UnreadableWorkbook('cancelled'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(`(${workerProgram.toString()})()`), {
      eval: true,
      workerData: { exceljsPath, bytes, maxRows },
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb },
    });
    let settled = false;
    const end = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const fail = (reason: UnreadableReason) => end(() => reject(new UnreadableWorkbook(reason)));
    const timer = setTimeout(() => fail('too_slow'), IMPORT_LIMITS.readMs);
    const onAbort = () => fail('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.rows);
      else if (message.type === 'done') end(() => resolve(message.sheet));
      else fail(message.message === 'too_many_rows' ? 'too_many_rows' : 'unreadable');
    });
    worker.on('error', (error: Error & { code?: string }) => fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'unreadable'));
    worker.on('exit', () => fail('unreadable')); // no effect once settled
  });
}
