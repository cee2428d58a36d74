import { certificatePdf } from '@tongxing/api/training/certificate';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { RequestHandler } from './$types';

/** A completion certificate as a PDF, for whoever may read the teacher's ledger; its QR code opens the public check. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const facts = await api(event).hours.certificate({ entryId: event.params.entryId });
    const t = translator(event.locals.locale);
    const verifyUrl = `${event.url.origin}/verify?code=${encodeURIComponent(facts.verificationCode)}`;
    const pdf = await certificatePdf({ ...facts, issuer: t('training.certificate.issuer', { city: facts.city }), verifyUrl });
    const name = `${t('training.certificate.fileName')}-${facts.teacherName}-${facts.verificationCode}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="certificate-${facts.verificationCode}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'private, no-store',
      },
    });
  });
