import type { ValidSession } from '@tongxing/auth';
import type { Locale } from '@tongxing/domain';

declare global {
  namespace App {
    interface Locals {
      session: ValidSession | null;
      locale: Locale;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
