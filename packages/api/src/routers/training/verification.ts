import { verifyCertificate } from '../../training/certificate-facts';
import { normaliseVerificationCode } from '../../training/verification-code';
import { publicProcedure, router } from '../../trpc';
import { verifyInput } from './schemas';

/** Public: anyone holding a certificate's code may check it. No login, no tenant, nothing but what it prints (name masked). */
export const verificationRouter = router({
  certificate: publicProcedure.input(verifyInput).query(async ({ ctx, input }) => {
    const code = normaliseVerificationCode(input.code);
    return { code, certificates: code ? await verifyCertificate(ctx.db, code) : [] };
  }),
});
