import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { TextInput } from '../../app/ui/TextInput';
import { MutationError } from '../session/shared/MutationError';
import '../../app/ui/Dialog.css';

export const photoGalleryFragment = graphql(`
  fragment PhotoGallery_photo on SessionPhoto {
    id
    caption
    url
    width
    height
  }
`);

const updatePhotoMutation = graphql(`
  mutation UpdateSessionPhoto($input: UpdateSessionPhotoInput!) {
    updateSessionPhoto(input: $input) {
      photo {
        id
        ...PhotoGallery_photo
      }
    }
  }
`);

const removePhotoMutation = graphql(`
  mutation RemoveSessionPhoto($input: RemoveSessionPhotoInput!) {
    removeSessionPhoto(input: $input) {
      session {
        id
        photos {
          id
          ...PhotoGallery_photo
        }
      }
    }
  }
`);

type Photo = FragmentType<typeof photoGalleryFragment>;

function CaptionForm({ photoId, caption, onDone }: { photoId: string; caption: string; onDone: () => void }) {
  const { t } = useTranslation('minutes');
  const [value, setValue] = useState(caption);
  const [update, { loading, error }] = useMutation(updatePhotoMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const result = await update({ variables: { input: { photoId, caption: value.trim() } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <Form className="photo-gallery__caption-form" onSubmit={(event) => void submit(event)}>
      <TextInput
        label={t('gallery.caption')}
        value={value}
        onChange={setValue}
        isRequired
        requiredMessage={t('upload.captionRequired')}
        maxLength={300}
      />
      {error && <MutationError error={error} />}
      <div className="ws-toolbar">
        <Button type="submit" className={`button button--small${loading ? ' is-pending' : ''}`}>
          {t('gallery.saveCaption')}
        </Button>
        <Button className="button button--quiet button--small" onPress={onDone}>
          {t('upload.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function RemovePhoto({ sessionId, photoId, caption }: { sessionId: string; photoId: string; caption: string }) {
  const { t } = useTranslation('minutes');
  const [remove, { loading, error }] = useMutation(removePhotoMutation);
  return (
    <DialogTrigger>
      <Button className="button button--quiet button--small" aria-label={t('gallery.removeLabel', { caption })}>
        {t('gallery.remove')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('gallery.removeTitle')}</Heading>
                <p>{t('gallery.removeBody', { caption })}</p>
                {error && <MutationError error={error} />}
                <div className="ws-form__actions">
                  <Button
                    className={`button button--danger${loading ? ' is-pending' : ''}`}
                    onPress={() => {
                      if (loading) return;
                      void remove({ variables: { input: { photoId } } })
                        .then((result) => {
                          if (result.data?.removeSessionPhoto.session.id === sessionId) close();
                        })
                        .catch(() => undefined);
                    }}
                  >
                    {t('gallery.removeConfirm')}
                  </Button>
                  <Button className="button button--secondary" onPress={close}>
                    {t('upload.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

// The photos of a session, each with its caption (also its text for those who cannot see it), loaded through the
// server's photo route with the reader's own login. Those who record the session change captions and remove photos.
export function PhotoGallery({
  sessionId,
  photos,
  editable,
}: {
  sessionId: string;
  photos: readonly Photo[];
  editable: boolean;
}) {
  const { t } = useTranslation('minutes');
  const [editing, setEditing] = useState<string | null>(null);
  const list = photos.map((photo) => getFragmentData(photoGalleryFragment, photo));
  if (list.length === 0) return <p className="minutes__empty">{t('gallery.empty')}</p>;
  return (
    <ul className="photo-gallery" aria-label={t('gallery.label')}>
      {list.map((photo) => (
        <li key={photo.id} className="photo-gallery__item">
          <figure className="photo-gallery__figure">
            <a href={photo.url} target="_blank" rel="noreferrer" className="photo-gallery__link">
              <img src={photo.url} alt={photo.caption} width={photo.width} height={photo.height} loading="lazy" />
            </a>
            {editing === photo.id ? (
              <CaptionForm photoId={photo.id} caption={photo.caption} onDone={() => setEditing(null)} />
            ) : (
              <figcaption dir="auto">{photo.caption}</figcaption>
            )}
          </figure>
          {editable && editing !== photo.id && (
            <div className="ws-toolbar photo-gallery__actions">
              <Button
                className="button button--quiet button--small"
                onPress={() => setEditing(photo.id)}
                aria-label={t('gallery.editLabel', { caption: photo.caption })}
              >
                {t('gallery.edit')}
              </Button>
              <RemovePhoto sessionId={sessionId} photoId={photo.id} caption={photo.caption} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
