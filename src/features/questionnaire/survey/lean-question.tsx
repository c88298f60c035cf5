import { memo } from 'react';
import type { Question } from 'survey-core';
import {
  ReactElementFactory,
  SurveyActionBar,
  SurveyElementBase,
  SurveyQuestion,
  SurveyQuestionCommentItem,
  TitleElement,
} from 'survey-react-ui';

// SurveyJS draws a question's whole header (title, description) and note area anew on every
// answer to it, although neither changes. Here both are drawn anew only when what they show
// changes: the same markup as survey-react-ui's own (SurveyElementHeader and
// SurveyQuestion.renderComment in survey-react-ui 3.0), kept behind React's `memo`. The texts in
// them (title, description, the note's label) update themselves when the language changes: they
// are SurveyJS's string components, which follow their strings. What else they show is compared as
// one list of values, read in the question's render.

/** What a question's header shows, besides its texts. */
export const headerState = (q: Question) =>
  [
    q.getLocale(),
    q.state,
    q.cssHeader,
    q.hasTitle,
    q.cssTitle,
    q.titleTagName,
    q.ariaTitleId,
    q.titleTabIndex,
    q.titleAriaExpanded,
    q.titleAriaRole,
    q.titleAriaLabel,
    q.isRequired,
    q.requiredMark,
    q.no,
    q.hasTitleActions,
    q.hasAdditionalTitleToolbar,
    q.hasDescriptionUnderTitle,
    q.hasDescription,
    q.cssDescription,
    q.ariaDescriptionId,
    q.titleWidth,
  ].join('\u0000');

/** What a question's note area shows, besides its label and the text typed (its own component). */
export const noteState = (q: Question) =>
  [q.getLocale(), q.getCommentAreaCss(), q.isInputReadOnly, q.isReadOnlyRenderDiv() ? q.comment : ''].join(
    '\u0000',
  );

interface PartProps {
  question: Question;
  /** headerState or noteState: the part is drawn anew only when this changes. */
  state: string;
}
const unchanged = (a: PartProps, b: PartProps) => a.question === b.question && a.state === b.state;

const QuestionHeader = memo(function QuestionHeader({ question }: PartProps) {
  // Only a collapsible question's title reacts to a click (SurveyJS's clickTitleFunction is
  // undefined otherwise); the questionnaire's questions are never collapsible.
  const click = question.clickTitleFunction as ((e: Event) => void) | undefined;
  return (
    <div
      className={question.cssHeader}
      onClick={click && ((e) => click(e.nativeEvent))}
      style={{ width: question.titleWidth }}
    >
      {question.hasTitle ? <TitleElement element={question} /> : null}
      {question.hasDescriptionUnderTitle ? SurveyElementBase.renderQuestionDescription(question) : null}
      {question.hasAdditionalTitleToolbar ? (
        <SurveyActionBar model={question.additionalTitleToolbar} />
      ) : null}
    </div>
  );
}, unchanged);

const NoteArea = memo(function NoteArea({ question }: PartProps) {
  return (
    <div className={question.getCommentAreaCss()}>
      <div>{SurveyElementBase.renderLocString(question.locCommentText)}</div>
      <SurveyQuestionCommentItem
        question={question}
        cssClasses={question.cssClasses}
        isDisplayMode={question.isInputReadOnly}
      />
    </div>
  );
}, unchanged);

class LeanQuestion extends SurveyQuestion {
  protected renderHeader(question: Question) {
    return <QuestionHeader question={question} state={headerState(question)} />;
  }
  protected renderComment() {
    return <NoteArea question={this.question} state={noteState(this.question)} />;
  }
}

/** Renders every SurveyJS question with LeanQuestion instead of survey-react-ui's SurveyQuestion. */
export function registerLeanQuestion() {
  ReactElementFactory.Instance.registerElement('question', (props) => <LeanQuestion {...props} />);
}
