import { useId, useState } from 'react';
import {
  MAX_COAT_OF_ARMS_DATA_URL,
  MAX_COAT_OF_ARMS_SIDE,
  type AssessmentRecord,
  type CoatOfArms,
} from '../../engine/assessment';
import { checkCoatOfArmsFile, fitInto, type CoatOfArmsFormat } from '../../engine/coat-of-arms';
import type { SubjectWords } from '../../engine/declarations';
import { useLanguage } from '../../i18n/use-strings';
import { documentStrings } from '../../i18n/strings-documents';
import { ActionOutcome } from '../../components/status-line';
import { useAssessmentStore } from '../../store/assessment-store';

const MIME: Record<CoatOfArmsFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

/**
 * Draws the image into a canvas and keeps the pixels as a PNG. The file is only ever loaded as an
 * <img>: a browser runs no script and loads nothing from outside in an image, and the stored PNG
 * has no markup left in which a script could hide. Throws if the browser cannot draw it.
 */
async function toPng(bytes: Uint8Array, format: CoatOfArmsFormat, fileName: string): Promise<CoatOfArms> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MIME[format] }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    for (let side = MAX_COAT_OF_ARMS_SIDE; side >= 50; side = Math.floor(side * 0.75)) {
      const { width, height } = fitInto(img.naturalWidth, img.naturalHeight, side, format === 'svg');
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.drawImage(img, 0, 0, width, height);
      const dataUrl = canvas.toDataURL('image/png');
      if (dataUrl.length <= MAX_COAT_OF_ARMS_DATA_URL)
        return { dataUrl, width, height, fileName: fileName.slice(0, 200) };
    }
    throw new Error('too large after scaling');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Upload, preview and removal of the municipality's coat of arms (print toolbar). */
export function CoatOfArmsUpload({
  assessment,
  words,
}: {
  assessment: AssessmentRecord;
  words: SubjectWords;
}) {
  const d = documentStrings[useLanguage()].arms;
  const uid = useId();
  const setCoatOfArms = useAssessmentStore((s) => s.setCoatOfArms);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const coat = assessment.coatOfArms;

  const upload = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkCoatOfArmsFile(bytes);
    if (!check.ok) {
      setMessage({
        error: true,
        text:
          check.reason === 'tooLarge'
            ? d.tooLarge(file.name, Math.ceil(bytes.byteLength / 1024))
            : d.notImage(file.name),
      });
      return;
    }
    try {
      setCoatOfArms(assessment.id, await toPng(bytes, check.format, file.name));
      setMessage({ error: false, text: d.added(file.name) });
    } catch {
      setMessage({ error: true, text: d.unreadable(file.name) });
    }
  };

  return (
    <div className="coat-upload" role="group" aria-labelledby={`${uid}-title`}>
      <span id={`${uid}-title`} className="coat-upload-title">
        {d.title(words)}
      </span>
      {coat ? (
        <>
          <img
            className="coat-preview"
            src={coat.dataUrl}
            alt={d.alt(assessment.profile?.municipality ?? '')}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              setCoatOfArms(assessment.id, null);
              setMessage({ error: false, text: d.removed });
            }}
          >
            {d.remove}
          </button>
        </>
      ) : (
        <>
          <label htmlFor={`${uid}-file`}>{d.choose}</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
            aria-describedby={`${uid}-hint`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
          <p className="small-note" id={`${uid}-hint`}>
            {d.hint}
          </p>
        </>
      )}
      <ActionOutcome outcome={message} />
    </div>
  );
}
