import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FileTrigger, Form } from 'react-aria-components';
import { TextInput } from '../../app/ui/TextInput';
import { newClientId } from '../../app/offline/clientId';
import { useFormat } from '../../app/useFormat';
import { uploadPhoto, type UploadRefusal } from './uploadPhoto';

const MAX_CAPTION = 300;

interface Chosen {
  file: File;
  preview: string;
  // One id per photo: sending it again after a dropped connection adds it once.
  id: string;
}

// Why a photo was refused, in the reader's language: the server's reasons for an image have their own sentences;
// anything else is the server's own sentence.
function useRefusalText() {
  const { t } = useTranslation('minutes');
  const format = useFormat();
  return (refusal: UploadRefusal | null): string => {
    if (!refusal) return t('upload.network');
    if (refusal.reason === 'TOO_LARGE') {
      const max = refusal.maxBytes ? Math.round(refusal.maxBytes / (1024 * 1024)) : 20;
      return t('upload.tooLarge', { max: format.number(max) });
    }
    if (refusal.reason === 'NOT_AN_IMAGE') return t('upload.notAnImage');
    if (refusal.reason === 'UNREADABLE') return t('upload.unreadable');
    return refusal.message || t('upload.failed');
  };
}

// A photo of a flipchart or a paper sheet: taken with the phone's camera or chosen from the device, with a caption
// for those who cannot see it, sent with a progress bar. The server checks the content, turns it upright, makes it
// smaller and strips its location.
export function PhotoUpload({ sessionId, onAdded }: { sessionId: string; onAdded: () => void }) {
  const { t, i18n } = useTranslation('minutes');
  const format = useFormat();
  const refusalText = useRefusalText();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [caption, setCaption] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const progressId = useId();

  // The preview's object URL lives as long as the choice.
  useEffect(() => {
    const url = chosen?.preview;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [chosen?.preview]);

  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setChosen({ file, preview: URL.createObjectURL(file), id: newClientId() });
    setProblem(null);
    setAdded(false);
  };

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen || progress !== null) return;
    setProblem(null);
    setProgress(0);
    const outcome = await uploadPhoto({
      sessionId,
      id: chosen.id,
      caption: caption.trim(),
      file: chosen.file,
      language: i18n.language,
      onProgress: setProgress,
    });
    setProgress(null);
    if (outcome.ok) {
      setChosen(null);
      setCaption('');
      setAdded(true);
      onAdded();
    } else {
      setProblem(refusalText(outcome.refusal));
      // A refused file is no use again; after a dropped connection the same one may be sent once more.
      if (outcome.refusal) setChosen((current) => (current ? { ...current, id: newClientId() } : current));
    }
  };

  return (
    <div className="photo-upload">
      <FileTrigger acceptedFileTypes={['image/*']} onSelect={choose}>
        <Button className="button button--secondary">{chosen ? t('upload.chooseOther') : t('upload.choose')}</Button>
      </FileTrigger>
      {added && !chosen && (
        <output className="ws-notice ws-notice--success photo-upload__added">{t('upload.added')}</output>
      )}
      {chosen && (
        <Form className="photo-upload__form" onSubmit={(event) => void send(event)}>
          <img className="photo-upload__preview" src={chosen.preview} alt="" />
          <div className="photo-upload__fields">
            <p className="photo-upload__file">
              <bdi>{chosen.file.name}</bdi> ·{' '}
              {t('upload.size', { size: format.number(Math.max(0.1, Math.round(chosen.file.size / 104857.6) / 10)) })}
            </p>
            <TextInput
              label={t('upload.caption')}
              description={t('upload.captionHint')}
              value={caption}
              onChange={setCaption}
              isRequired
              requiredMessage={t('upload.captionRequired')}
              maxLength={MAX_CAPTION}
            />
            {progress !== null && (
              <div className="photo-upload__progress">
                <label htmlFor={progressId}>{t('upload.sending')}</label>
                <span>{format.percent(progress)}</span>
                {/* The browser's own progress bar: announced with its value, and nothing to load. */}
                <progress id={progressId} className="photo-upload__track" max={1} value={progress} />
              </div>
            )}
            {problem && (
              <div className="ws-error" role="alert">
                <p>
                  <strong>{t('upload.refused')}</strong>
                </p>
                <p>{problem}</p>
              </div>
            )}
            <div className="ws-toolbar">
              <Button type="submit" className={`button${progress !== null ? ' is-pending' : ''}`}>
                {t('upload.add')}
              </Button>
              <Button
                className="button button--quiet"
                onPress={() => {
                  setChosen(null);
                  setProblem(null);
                }}
                isDisabled={progress !== null}
              >
                {t('upload.cancel')}
              </Button>
            </div>
          </div>
        </Form>
      )}
    </div>
  );
}
