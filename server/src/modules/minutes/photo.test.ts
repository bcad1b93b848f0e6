import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { createBoardFixture, type BoardFixture } from '../challenge/challenge.fixtures.js';
import { Project } from '../project/project.entity.js';
import { SessionPhoto } from './minutes.entity.js';
import { photoData } from './minutes.service.js';

// A 1200 × 800 photo as a phone takes it: a JPEG whose EXIF holds where it was taken (GPS) and the camera.
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 180, b: 120 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 2/1 3/1', GPSLongitudeRef: 'E', GPSLongitude: '3/1 43/1 0/1' },
    })
    .toBuffer();
}

const cookieHeader = (client: TestClient): Record<string, string> => ({
  cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
});

interface UploadAnswer {
  data?: { addSessionPhoto: { photo: { id: string; url: string; width: number; height: number } } } | null;
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
}

describe('photos of a session', () => {
  let app: TestApp;
  let board: BoardFixture;
  // The facilitator of the session's project: those who run a session add its photos.
  let facilitator: TestClient;

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Photos');
    const project = await app.orm.em.fork().findOneOrFail(Project, { id: board.projectId });
    facilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [project.promoter.id],
      projectIds: [board.projectId],
    });
  });
  afterAll(() => app.close());

  const upload = async (body: Buffer, contentType: string, client: TestClient = facilitator) => {
    const response = await fetch(`${app.url}/sessions/${board.sessionId}/photos?caption=Flipover`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...cookieHeader(client) },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  };
  const storedPhotos = () => app.orm.em.fork().count(SessionPhoto, { session: board.sessionId });

  it('should store the photo without any EXIF (no GPS position) when a phone photo with a location is uploaded', async () => {
    const input = await phonePhoto();
    // The photo sent really does carry a location: the GPS block is in its EXIF.
    const sent = await sharp(input).metadata();
    expect(sent.exif).toBeDefined();
    expect(sent.exif!.includes(Buffer.from([0x88, 0x25])) || sent.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const { status, body } = await upload(input, 'image/jpeg');
    expect(status).toBe(200);
    const photo = body.data!.addSessionPhoto.photo;
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 1200, height: 800 });

    // The bytes as stored in the database.
    const data = (await photoData(app.orm.em.fork(), [photo.id])).get(photo.id)!;
    const stored = await sharp(data).metadata();
    expect(stored.format).toBe('jpeg');
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(data.includes(Buffer.from('PhoneMaker'))).toBe(false);

    // Served as stored to a reader of the session; nobody else gets it.
    const served = await fetch(`${app.url}${photo.url}`, { headers: cookieHeader(facilitator) });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(data)).toBe(true);
    const stranger = await fetch(`${app.url}${photo.url}`);
    expect(stranger.status).toBe(401);
  });

  it('should refuse a 30 MB file with a clear message and store nothing when it is uploaded', async () => {
    const before = await storedPhotos();
    const big = Buffer.alloc(30 * 1024 * 1024, 0xff);
    // A JPEG start, so that only its size can be the reason.
    big[0] = 0xff;
    big[1] = 0xd8;
    const { status, body } = await upload(big, 'image/jpeg');
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'IMAGE_REFUSED', reason: 'TOO_LARGE' });
    expect(body.errors?.[0]?.message).toBe(
      'This file is 30.0 MB; a photo can be at most 20.0 MB. Take the photo again at a lower resolution, or send a smaller copy.',
    );
    expect(await storedPhotos()).toBe(before);
  });

  it('should refuse a file that claims to be a JPEG image when its content is text', async () => {
    const before = await storedPhotos();
    const { status, body } = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg');
    expect(status).toBe(422);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'IMAGE_REFUSED', reason: 'NOT_AN_IMAGE' });
    expect(body.errors?.[0]?.message).toMatch(/not a photo/);
    expect(await storedPhotos()).toBe(before);
  });

  it('should refuse a PDF sent as a photo, naming what its content is', async () => {
    const { status, body } = await upload(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'), 'image/png');
    expect(status).toBe(422);
    expect(body.errors?.[0]?.message).toBe(
      'This file is not a photo (its content is application/pdf): send a JPEG, PNG or WebP image.',
    );
  });

  it('should refuse the upload when the browser is not signed in', async () => {
    const before = await storedPhotos();
    const { status, body } = await upload(await phonePhoto(), 'image/jpeg', app.client());
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await storedPhotos()).toBe(before);
  });
});
