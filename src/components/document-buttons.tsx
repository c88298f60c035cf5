import type { Questionnaire } from '../engine/questionnaire-schema';
import { useId, useState } from 'react';
import type { AssessmentRecord } from '../engine/assessment';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import { downloadBlob, safeFileName } from '../utils/download';
import { numberedRadarData, renderRadarPng } from './radar-chart';
import { useLanguage, useStrings } from '../i18n/use-strings';
import { documentStrings } from '../i18n/strings-documents';
import { printStrings } from '../i18n/strings-print';
import type { Results } from '../services/results';
import type { ResultDocumentKind } from './result-document';
import { ActionOutcome } from './status-line';
import './document-buttons.css';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Sitzungsvorlage" and "Bericht" as Word files, on the print screen and the results screen alike
 * (the same document from both). The document code (the docx library, about 200 KB) is a chunk of
 * its own, loaded on the first click.
 */
export function DocumentButtons({
  assessment,
  pkg,
  results,
  today,
  full,
}: {
  assessment: AssessmentRecord;
  pkg: QuestionnairePackage;
  /** The whole questionnaire, when `pkg` is cut to a short check. */
  full?: Questionnaire;
  results: Extract<Results, { ok: true }>;
  /** Today as YYYY-MM-DD: the date in the file name and the document. */
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
    const { score, gaps, recommendations, summary } = results;
    const p = printStrings[lang];
    let chartPng: string | null = null;
    try {
      chartPng = renderRadarPng(numberedRadarData(score, gaps, p.currentLabel, p.targetLabel), 480);
    } catch {
      // Without a canvas the document still has the table with the same numbers.
    }
    const name = `${kind === 'council' ? d.fileCouncil : d.fileReport}-${safeFileName(assessment.profile?.municipality ?? '')}-${today}.docx`;
    try {
      const bytes = await build.resultDocumentBytes(kind, {
        assessment,
        pkg,
        score,
        gaps,
        recommendations,
        summary,
        t,
        lang,
        chartPng,
        today,
        full,
      });
      downloadBlob(name, new Blob([bytes as BlobPart], { type: DOCX_MIME }));
      setStatus({ error: false, text: d.done(name) });
    } catch {
      setStatus({ error: true, text: d.buildFailed });
    }
  };

  return (
    <div className="document-buttons" role="group" aria-labelledby={`${uid}-label`}>
      <span id={`${uid}-label`} className="document-buttons-title">
        {d.buttonsLabel}
      </span>
      {(
        [
          ['council', d.councilButton],
          ['report', d.reportButton],
        ] as const
      ).map(([kind, text]) => (
        <button
          key={kind}
          type="button"
          className="button"
          onClick={() => void make(kind)}
          aria-describedby={`${uid}-hint`}
        >
          {text}
        </button>
      ))}
      <p className="small-note" id={`${uid}-hint`}>
        {d.buttonsHint}
      </p>
      <ActionOutcome outcome={status} />
    </div>
  );
}
