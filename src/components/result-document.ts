import type { Questionnaire } from '../engine/questionnaire-schema';
import { progressOf } from '../engine/progress';
import { roundScope } from '../engine/short-check';
import {
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { ownValue, type AssessmentRecord } from '../engine/assessment';
import { choiceLabel, declarationsOf, profileRows, subjectWords } from '../engine/declarations';
import { fitInto } from '../engine/coat-of-arms';
import { targetReached, type FieldGap } from '../engine/gaps';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import type { MatchedRecommendation } from '../engine/recommend';
import type { FieldStanding, ResultSummary } from '../engine/result-summary';
import { displayScore, visibleQuestions, type AssessmentScore } from '../engine/score';
import { documentStrings } from '../i18n/strings-documents';
import { printedAnswer } from './answer-text';
import { printStrings } from '../i18n/strings-print';
import type { Strings } from '../i18n/strings';
import type { Language } from '../engine/language';

/** The council paper (Sitzungsvorlage) or the whole result as a report. */
export type ResultDocumentKind = 'council' | 'report';

/** Everything a result document is made from: what was entered, what the engine derived, and the chart. */
export interface ResultDocumentInput {
  assessment: AssessmentRecord;
  pkg: QuestionnairePackage;
  score: AssessmentScore;
  gaps: FieldGap[];
  recommendations: MatchedRecommendation[];
  /** The result at a glance: the paper names the same fields, questions and measures as the screen and the sheet. */
  summary: ResultSummary;
  /** The UI strings of `lang` (names of kinds, regions, population classes). */
  t: Strings;
  lang: Language;
  /** The radar chart as a PNG data URL, or null where no chart could be drawn. */
  chartPng: string | null;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** The whole questionnaire, when `pkg` is cut to a short check (the paper says how much of it was asked). */
  full?: Questionnaire;
}

const DECISION_NUMBERING = 'decision';

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '8C959F' } as const;
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function cell(text: string, header = false): TableCell {
  return new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function table(head: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

const heading = (text: string, level: 1 | 2 | 3 = 2) =>
  new Paragraph({
    text,
    heading:
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  });
const para = (text: string | ParagraphChild[]) =>
  new Paragraph({ children: typeof text === 'string' ? [new TextRun(text)] : text, spacing: { after: 120 } });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/**
 * Builds the council paper or the report as a Word document: a pure function of the assessment,
 * the engine's results and the chart image. Everything in it is ordinary, editable Word text.
 */
export function buildResultDocument(kind: ResultDocumentKind, input: ResultDocumentInput): Document {
  const { assessment, pkg, score, gaps, recommendations, summary, t, lang, chartPng, today } = input;
  const p = printStrings[lang];
  const d = documentStrings[lang].docx;
  const arms = documentStrings[lang].arms;
  const q = pkg.questionnaire;
  const profile = assessment.profile;
  const municipality = profile?.municipality ?? '';
  const declarations = declarationsOf(q);
  // The body a Bavarian municipality's paper goes to; for another kind, whoever prepares it fills it in.
  const body = ownValue<string>(d.council, profile?.kind ?? 'gemeinde') ?? d.fillIn;
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const shownFields = score.fields.filter((f) => f.total > 0);
  const points = (n: number | null) => (n === null ? '–' : String(displayScore(n)));
  const children: (Paragraph | Table)[] = [];

  // Head: coat of arms, municipality, kind of paper.
  const coat = assessment.coatOfArms;
  if (coat) {
    const size = fitInto(coat.width, coat.height, 80);
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: coat.dataUrl,
            transformation: size,
            altText: {
              name: arms.alt(municipality),
              description: arms.alt(municipality),
              title: arms.title(subjectWords(declarations.subject, lang)),
            },
          }),
        ],
      }),
    );
  }
  children.push(para([new TextRun({ text: municipality, bold: true, size: 28 })]));
  children.push(heading(kind === 'council' ? d.councilTitle : `${d.reportTitle}: ${municipality}`, 1));

  const meta: [string, string][] = [];
  if (kind === 'council') meta.push([d.body, body], [d.meetingDate, d.fillIn]);
  if (profile)
    meta.push(...profileRows(declarations.profile, profile, lang), [p.date, p.formatDate(profile.date)]);
  if (assessment.label) meta.push([d.round, assessment.label]);
  // A short check says so: its values rest on a few questions (the sheet and the screen say it too).
  if (roundScope(assessment) === 'short')
    meta.push([
      t.shortCheck.name,
      t.shortCheck.sheetNote(progressOf(q, assessment).total, progressOf(input.full ?? q, assessment).total),
    ]);
  meta.push([d.preparedOn, p.formatDate(today)]);
  for (const [k, v] of meta)
    children.push(para([new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)]));

  if (kind === 'council') {
    children.push(heading(d.subjectTitle));
    children.push(para(d.subject(assessment.label)));
  }

  // Sachverhalt: result and band, the table, the chart, the main gaps, what is unclear.
  children.push(heading(d.factsTitle));
  children.push(
    para(d.facts(p.formatDate(profile?.date ?? today), q.title[lang], q.version, declarations.appName[lang])),
  );
  children.push(para(d.basedOn(q.basedOn[lang])));
  children.push(
    para([
      new TextRun({
        text:
          score.overall === null || !score.band
            ? d.overallNone
            : d.overall(String(displayScore(score.overall)), score.band.name[lang]),
        bold: true,
      }),
    ]),
  );
  if (score.band) children.push(para(score.band.description[lang]));
  children.push(
    para(
      p.counts(
        score.counts.scored,
        score.counts.dontKnow,
        score.counts.notApplicable,
        score.counts.unanswered,
      ),
    ),
  );

  children.push(heading(p.fieldsTitle, 3));
  children.push(
    table(
      [p.field, p.current, p.target, p.gap],
      shownFields.map((f, i) => {
        const gap = gaps.find((g) => g.fieldId === f.fieldId);
        return [
          `${i + 1} ${fieldTitle(f.fieldId)}`,
          points(f.score),
          gap ? points(gap.target) : '–',
          gap?.gap == null ? '–' : targetReached(gap.gap) ? p.reached : points(gap.gap),
        ];
      }),
    ),
  );
  children.push(para(p.pointsNote));

  if (chartPng) {
    children.push(heading(d.chartTitle, 3));
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: chartPng,
            transformation: { width: 360, height: 360 },
            altText: { name: d.chartAlt, description: d.chartAlt, title: d.chartTitle },
          }),
        ],
      }),
    );
    children.push(para(d.chartNote));
  }

  // Strongest and weakest fields, open questions and the top measures: the summary's selection.
  const standing = (g: FieldStanding) =>
    targetReached(g.gap)
      ? d.reachedItem(fieldTitle(g.fieldId), points(g.current), points(g.target))
      : d.gapItem(fieldTitle(g.fieldId), points(g.current), points(g.target), points(g.gap));
  if (summary.strongest.length > 0) {
    children.push(heading(d.strengthsTitle, 3));
    for (const g of summary.strongest) children.push(bullet(standing(g)));
  }
  children.push(heading(d.gapsTitle, 3));
  // A weakest field that reaches its target is no gap: "all reached" says it better.
  const open = summary.weakest.filter((g) => !targetReached(g.gap));
  if (open.length === 0) children.push(para(d.noGaps));
  for (const g of open) children.push(bullet(standing(g)));

  children.push(heading(p.clarifyTitle, 3));
  const kindOf = profile?.kind;
  const questionsById = new Map(q.fields.flatMap((f) => f.questions.map((qu) => [qu.id, qu] as const)));
  if (summary.openQuestions.length === 0) children.push(para(p.noClarify));
  else {
    children.push(para(p.clarifyIntro));
    for (const { fieldId, questionIds } of summary.openQuestions)
      children.push(
        bullet(
          `${fieldTitle(fieldId)}: ${questionIds.map((id) => questionsById.get(id)?.title[lang] ?? id).join(' · ')}`,
        ),
      );
  }

  // Recommended measures and the action plan.
  const shownRecs = kind === 'council' ? summary.topRecommendations : recommendations;
  children.push(
    heading(kind === 'council' ? p.recsTitle(shownRecs.length, recommendations.length) : d.measuresTitle),
  );
  if (shownRecs.length === 0) children.push(para(p.noRecs));
  shownRecs.forEach(({ recommendation: r }, i) => {
    children.push(heading(`${i + 1}. ${r.title[lang]}`, 3));
    children.push(
      para(
        [
          fieldTitle(r.field),
          `${p.effort}: ${choiceLabel(declarations.vocabularies.efforts, r.effort, lang)}`,
          `${p.horizon}: ${choiceLabel(declarations.vocabularies.horizons, r.horizon, lang, true)}`,
          `${p.actors}: ${r.actors.map((a) => choiceLabel(declarations.vocabularies.actors, a, lang)).join(', ')}`,
        ].join(' · '),
      ),
    );
    if (kind === 'report')
      children.push(para([new TextRun({ text: `${d.why}: `, bold: true }), new TextRun(r.why[lang])]));
    children.push(para([new TextRun({ text: `${d.steps}:`, bold: true })]));
    for (const step of kind === 'council' ? r.steps.slice(0, 2) : r.steps) children.push(bullet(step[lang]));
  });

  children.push(heading(p.planTitle));
  if (assessment.plan.length === 0) children.push(para(p.noPlan));
  else
    children.push(
      table(
        [p.measure, p.owner, p.due, p.status],
        assessment.plan.map((item) => [
          item.title,
          item.owner || '–',
          item.due ? p.formatDate(item.due) : '–',
          t.plan.statuses[item.status],
        ]),
      ),
    );

  if (kind === 'council') {
    children.push(heading(d.decisionTitle));
    children.push(para([new TextRun({ text: d.decisionNote, italics: true })]));
    for (const sentence of d.decision(body))
      children.push(
        new Paragraph({ text: sentence, numbering: { reference: DECISION_NUMBERING, level: 0 } }),
      );
  } else {
    children.push(heading(p.appendixTitle));
    for (const field of q.fields) {
      const questions = visibleQuestions(field, kindOf);
      if (questions.length === 0) continue;
      children.push(heading(field.title[lang], 3));
      for (const qu of questions) {
        const a = ownValue(assessment.answers, qu.id);
        const note = ownValue(assessment.notes, qu.id);
        const answer = printedAnswer(q, qu, a, lang);
        children.push(para([new TextRun({ text: qu.title[lang], bold: true })]));
        children.push(para(answer));
        if (note)
          children.push(para([new TextRun({ text: `${p.note}: `, italics: true }), new TextRun(note)]));
      }
    }
  }

  children.push(
    para([
      new TextRun({
        text: `${p.footer(q.title[lang], q.version)} · ${d.madeWith(p.formatDate(today), declarations.appName[lang])}`,
        size: 18,
      }),
    ]),
  );

  return new Document({
    creator: 'Digitalkompass Kommune',
    title: kind === 'council' ? `${d.councilTitle}: ${municipality}` : `${d.reportTitle}: ${municipality}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: DECISION_NUMBERING,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' }],
        },
      ],
    },
    sections: [
      { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1304, right: 1134 } } }, children },
    ],
  });
}

/** The document as the bytes of a .docx file. */
export async function resultDocumentBytes(
  kind: ResultDocumentKind,
  input: ResultDocumentInput,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildResultDocument(kind, input)));
}
