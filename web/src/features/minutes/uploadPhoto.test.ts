import { afterEach, describe, expect, it, vi } from 'vitest';
import { readUploadAnswer, uploadPhoto } from './uploadPhoto';

const stored = {
  id: 'ph-1',
  caption: 'Flipchart, table 2',
  url: '/sessions/s-1/photos/ph-1.jpg',
  width: 1200,
  height: 800,
};

const progressEvent = (loaded: number) =>
  Object.assign(new Event('progress'), { lengthComputable: true, loaded, total: 4_000 });

// A stand-in for the browser's XMLHttpRequest: it records what is sent, reports the upload in two steps and
// answers with what the test gives it.
class FakeRequest extends EventTarget {
  static last: FakeRequest | undefined;
  static answer = { status: 200, body: '' };
  readonly upload = new EventTarget();
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  constructor() {
    super();
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    this.upload.dispatchEvent(progressEvent(1_000));
    this.upload.dispatchEvent(progressEvent(4_000));
    this.status = FakeRequest.answer.status;
    this.responseText = FakeRequest.answer.body;
    this.dispatchEvent(new Event('load'));
  }
  abort() {
    this.dispatchEvent(new Event('abort'));
  }
}

describe('uploading a photo', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should post the file to the session’s photo route with its caption and id and report the progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    FakeRequest.answer = { status: 200, body: JSON.stringify({ data: { addSessionPhoto: { photo: stored } } }) };
    const file = new Blob([new Uint8Array(4_000)], { type: 'image/jpeg' });
    const progress: number[] = [];

    const outcome = await uploadPhoto({
      sessionId: 's-1',
      id: '9b2f6c1e-0000-4000-8000-000000000001',
      caption: 'Flipchart, table 2',
      file,
      language: 'nl',
      onProgress: (fraction) => progress.push(fraction),
    });

    expect(outcome).toEqual({ ok: true, photo: stored });
    expect(progress).toEqual([0.25, 1]);
    const sent = FakeRequest.last!;
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/sessions/s-1/photos?caption=Flipchart%2C+table+2&id=9b2f6c1e-0000-4000-8000-000000000001');
    expect(sent.headers).toEqual({ 'accept-language': 'nl', 'content-type': 'image/jpeg' });
    expect(sent.body).toBe(file);
  });

  it('should give the reason and the limit when the server refuses a file as too large', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'This file is 30.0 MB; a photo can be at most 20.0 MB.',
          extensions: { code: 'IMAGE_REFUSED', reason: 'TOO_LARGE', maxBytes: 20_971_520 },
        },
      ],
    });
    expect(readUploadAnswer(413, body)).toEqual({
      ok: false,
      refusal: {
        code: 'IMAGE_REFUSED',
        reason: 'TOO_LARGE',
        maxBytes: 20_971_520,
        message: 'This file is 30.0 MB; a photo can be at most 20.0 MB.',
      },
    });
  });

  it('should give the reason when the server finds the file is not an image', () => {
    const body = JSON.stringify({
      data: null,
      errors: [
        {
          message: 'This file is not a photo (its content is application/pdf): send a JPEG, PNG or WebP image.',
          extensions: { code: 'IMAGE_REFUSED', reason: 'NOT_AN_IMAGE' },
        },
      ],
    });
    const outcome = readUploadAnswer(422, body);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.refusal?.reason).toBe('NOT_AN_IMAGE');
  });

  it('should say nothing came back from the server when a proxy answers with its own page', () => {
    expect(readUploadAnswer(502, '<html><body>Bad gateway</body></html>')).toEqual({ ok: false, refusal: null });
  });
});
