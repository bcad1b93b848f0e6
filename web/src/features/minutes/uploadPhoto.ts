// A photo from a phone is several megabytes: too big for a GraphQL request, so it is the body of its own request,
// POST /sessions/{id}/photos?caption=…&id=…, which the server hands to `addSessionPhoto` (same login, same checks).
// XMLHttpRequest rather than fetch: it tells how much of the file has gone, for the progress bar.

export interface UploadedPhoto {
  id: string;
  caption: string;
  url: string;
  width: number;
  height: number;
}

// Why the server refused the photo: its code, the reason for an IMAGE_REFUSED (TOO_LARGE, NOT_AN_IMAGE,
// UNREADABLE), and its sentence for people (in the reader's language where the server has one).
export interface UploadRefusal {
  code: string;
  reason?: string;
  maxBytes?: number;
  message: string;
}

export type UploadOutcome = { ok: true; photo: UploadedPhoto } | { ok: false; refusal: UploadRefusal | null };

interface UploadAnswer {
  data?: { addSessionPhoto?: { photo?: UploadedPhoto } } | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

// What an answer of the upload route says: the stored photo, the server's refusal, or null when the answer is no
// answer of ours (a proxy's error page, a dropped connection).
export function readUploadAnswer(status: number, body: string): UploadOutcome {
  let answer: UploadAnswer;
  try {
    answer = JSON.parse(body) as UploadAnswer;
  } catch {
    return { ok: false, refusal: null };
  }
  const photo = answer.data?.addSessionPhoto?.photo;
  if (status === 200 && photo && !answer.errors?.length) return { ok: true, photo };
  const error = answer.errors?.[0];
  if (!error) return { ok: false, refusal: null };
  const extensions = error.extensions ?? {};
  return {
    ok: false,
    refusal: {
      code: typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR',
      ...(typeof extensions['reason'] === 'string' ? { reason: extensions['reason'] } : {}),
      ...(typeof extensions['maxBytes'] === 'number' ? { maxBytes: extensions['maxBytes'] } : {}),
      message: error.message ?? '',
    },
  };
}

export function uploadPhoto(options: {
  sessionId: string;
  id: string;
  caption: string;
  file: Blob;
  language: string;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  const { sessionId, id, caption, file, language, onProgress, signal } = options;
  const query = new URLSearchParams({ caption, id });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/sessions/${encodeURIComponent(sessionId)}/photos?${query.toString()}`);
    request.setRequestHeader('accept-language', language);
    // The server reads the content, never this claim; a file without a type still goes as bytes.
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => resolve(readUploadAnswer(request.status, request.responseText)));
    request.addEventListener('error', () => resolve({ ok: false, refusal: null }));
    request.addEventListener('abort', () => resolve({ ok: false, refusal: null }));
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}
