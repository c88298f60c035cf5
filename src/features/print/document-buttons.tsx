import { useId, useState } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import type { FieldGap } from '../../engine/gaps';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { MatchedRecommendation } from '../../engine/recommend';
import type { AssessmentScore } from '../../engine/score';
import { downloadBlob, safeFileName } from '../../utils/download';
import { renderRadarPng, type RadarData } from '../../components/radar-chart';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { documentStrings } from '../../i18n/strings-documents';
import type { ResultDocumentKind } from './result-document';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Sitzungsvorlage" and "Bericht" as Word files. The document code (the docx library, about
 * 200 KB) is a chunk of its own, loaded on the first click.
 */
export function DocumentButtons(props: {
  assessment: AssessmentRecord;
  pkg: QuestionnairePackage;
  score: AssessmentScore;
  gaps: FieldGap[];
  recommendations: MatchedRecommendation[];
  radar: RadarData;
  today: string;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const d = documentStrings[lang].docx;
  const uid = useId();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const make = async (kind: ResultDocumentKind) => {
    setStatus({ error: false, text: d.working });
    let build: typeof import('./result-document');
    try {
      build = await import('./result-document');
    } catch {
      setStatus({ error: true, text: d.failed });
      return;
    }
    const { assessment, radar, today, ...results } = props;
    let chartPng: string | null = null;
    try {
      chartPng = renderRadarPng(radar, 480);
    } catch {
      // Without a canvas the document still has the table with the same numbers.
    }
    const name = `${kind === 'council' ? d.fileCouncil : d.fileReport}-${safeFileName(assessment.profile?.municipality ?? '')}-${today}.docx`;
    try {
      const bytes = await build.resultDocumentBytes(kind, {
        ...results,
        assessment,
        t,
        lang,
        chartPng,
        today,
      });
      downloadBlob(name, new Blob([bytes as BlobPart], { type: DOCX_MIME }));
      setStatus({ error: false, text: d.done(name) });
    } catch {
      setStatus({ error: true, text: d.buildFailed });
    }
  };

  return (
    <div className="document-buttons" role="group" aria-labelledby={`${uid}-label`}>
      <span id={`${uid}-label`} className="coat-upload-title">
        {d.buttonsLabel}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => void make('council')}
        aria-describedby={`${uid}-hint`}
      >
        {d.councilButton}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void make('report')}
        aria-describedby={`${uid}-hint`}
      >
        {d.reportButton}
      </button>
      <p className="small-note" id={`${uid}-hint`}>
        {d.buttonsHint}
      </p>
      <p role="status">{status && !status.error ? status.text : ''}</p>
      {status?.error && (
        <p role="alert" className="field-error">
          {status.text}
        </p>
      )}
    </div>
  );
}
