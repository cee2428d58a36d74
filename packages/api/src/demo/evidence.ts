import PDFDocument from 'pdfkit';

/** A one-page PDF standing in for a scanned certificate, as demo evidence (Latin text: the built-in font has no Chinese). */
export function demoCertificatePdf(lines: string[]): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A5', layout: 'landscape', info: { Title: 'Certificate' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc
      .fontSize(22)
      .text(lines[0] ?? '', { align: 'center' })
      .moveDown();
    for (const line of lines.slice(1)) doc.fontSize(12).text(line, { align: 'center' });
    doc.end();
  });
}
