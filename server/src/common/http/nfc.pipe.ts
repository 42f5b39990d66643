import { Injectable, type PipeTransform } from '@nestjs/common';
import { normalizeStringsDeep } from '../text/vietnamese.js';

/** Text enters Lantoa in NFC, whatever keyboard or file it came from. */
@Injectable()
export class NfcPipe implements PipeTransform {
  transform(value: unknown): unknown {
    return normalizeStringsDeep(value);
  }
}
