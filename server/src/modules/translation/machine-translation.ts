import type { Config } from '../../core/config.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';

// A machine-translation service that drafts translations for a person to check: a self-hosted LibreTranslate, or
// anything that answers its API (POST /translate with q, source, target, format and api_key; the answer's
// `translatedText`). Off unless MACHINE_TRANSLATION_URL is set. Nothing is ever sent anywhere else.
export interface MachineTranslator {
  translate(text: string, from: string, to: string): Promise<string>;
}

// LibreTranslate names languages by their two or three letters (`fa`, not `fa-AF`); `zh-Hant` stays as it is.
const serviceLanguage = (tag: string): string => (/^zh-/i.test(tag) ? tag : (tag.split('-')[0] ?? tag).toLowerCase());

const unavailable = (reason: string): DomainError =>
  new DomainError(ErrorCode.MACHINE_TRANSLATION_FAILED, { key: 'errors:translation.machineFailed' }, { reason });

export function createMachineTranslator(
  config: Pick<Config, 'MACHINE_TRANSLATION_URL' | 'MACHINE_TRANSLATION_API_KEY' | 'MACHINE_TRANSLATION_TIMEOUT_MS'>,
  logger: Logger,
): MachineTranslator | undefined {
  const base = config.MACHINE_TRANSLATION_URL;
  if (!base) return undefined;
  const endpoint = new URL('translate', base.endsWith('/') ? base : `${base}/`);
  return {
    async translate(text, from, to) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            q: text,
            source: serviceLanguage(from),
            target: serviceLanguage(to),
            format: 'text',
            ...(config.MACHINE_TRANSLATION_API_KEY ? { api_key: config.MACHINE_TRANSLATION_API_KEY } : {}),
          }),
          signal: AbortSignal.timeout(config.MACHINE_TRANSLATION_TIMEOUT_MS),
        });
      } catch (error) {
        logger.warn({ err: error, endpoint: endpoint.origin }, 'the machine-translation service did not answer');
        throw unavailable('no answer');
      }
      const body = (await response.json().catch(() => null)) as { translatedText?: unknown; error?: unknown } | null;
      if (!response.ok || typeof body?.translatedText !== 'string' || !body.translatedText.trim()) {
        logger.warn(
          { status: response.status, error: body?.error, from, to },
          'the machine-translation service gave no translation',
        );
        throw unavailable(response.ok ? 'no translation in the answer' : `status ${response.status}`);
      }
      return body.translatedText.trim();
    },
  };
}
