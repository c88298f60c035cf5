import { de, type Strings } from './strings';
import { formatDate } from './format';

/** English UI strings (same shape as German). */
export const en: Strings = {
  appName: 'Digital Compass for Municipalities',
  appTagline: 'Self-assessment of digital maturity for Bavarian municipalities',
  skipToContent: 'Skip to content',
  language: 'Language',
  switchLanguage: 'Deutsch',
  switchLanguageLabel: 'Auf Deutsch umschalten',
  mainNav: 'Main navigation',
  navStart: 'Start',
  navList: 'All assessments',
  navCompare: 'Compare rounds',
  navConsolidate: 'Consolidate',
  navRegion: 'Region',
  navData: 'Save and load',
  navQuestionnaires: 'Questionnaires',
  loading: 'Loading …',
  scrollBox: {
    table: (name: string) => `Table: ${name}`,
    chart: (name: string) => `Chart: ${name}`,
  },
  start: {
    title: 'Where does your municipality stand in digitalisation?',
    intro:
      'The Digital Compass helps municipalities, market towns, towns, administrative associations and districts in Bavaria to assess their digital status themselves. You answer questions on eleven fields of action, see your result per field, set targets and receive concrete recommendations.',
    duration: 'You can pause at any time – every answer is saved immediately.',
    chooseTitle: 'Start a new assessment',
    shortCheck: 'Short check (about 10 minutes)',
    shortCheckWhen:
      'For a first overview, also together in a council meeting: 15 questions, at least one per field, later extended into the full assessment without entering anything twice.',
    fullAssessment: 'Full assessment (30–45 minutes)',
    fullAssessmentWhen:
      'When you need a sound result for targets, the action plan and the council paper: every question of all eleven fields.',
    privacyTitle: 'Your data stays on this device',
    privacy:
      'Everything you enter is stored only in this browser on this device. Nothing is sent to a server; there is no account and there are no cookies.',
    privacyDelete:
      'Deleting: each assessment can be deleted in “All assessments”, all at once under “Save and load”. Alternatively, delete this site’s data in the browser settings.',
    basedOnTitle: 'Basis',
    continueAssessment: 'Continue assessment',
    continueHint: (name: string, percent: number) => `${name} – ${percent} % answered`,
  },
  profile: {
    title: (w) => `About ${w.the}`,
    intro: (w, withKind) =>
      `These details appear on the result sheet.${withKind ? ` The kind ${w.ofThe.replace(/^of the /, 'of ')} decides which questions are asked.` : ''}`,
    municipality: (w) => `Name ${w.ofThe}`,
    role: (hint) => (hint ? `Your role (${hint})` : 'Your role'),
    date: 'Date of the assessment',
    choose: 'Please choose',
    submit: 'Continue to the questions',
    save: 'Save details',
    errorsTitle: 'Please check your entries:',
    defaultLabel: (isoDate: string) => `Assessment of ${formatDate(isoDate, 'en')}`,
    required: (label: string) => `“${label}” is missing.`,
    tooLong: (label: string, max: number) => `“${label}” is too long (at most ${max} characters).`,
    invalid: (label: string) => `“${label}” is not valid.`,
  },
  questionnaire: {
    fieldsNav: 'Fields of action',
    progress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
    fieldState: (answered: number, total: number) => `${answered} of ${total}`,
    complete: 'complete',
    current: 'current page',
    editProfile: (w) => `Change ${w.one} details`,
    toResults: 'To the result',
    previous: 'Previous',
    next: 'Next',
    toConfirmTitle: (n: number) =>
      n === 1
        ? 'Please check: one answer on this page was carried over'
        : `Please check: ${n} answers on this page were carried over`,
    toConfirmIntro:
      'These answers come from the last round or from an earlier version of the questionnaire whose question has changed. Change what is no longer true and confirm the rest.',
    confirmAll: 'Confirm the remaining answers on this page',
    confirmed: 'The copied answers on this page are confirmed.',
    showResults: 'See the interim result',
  },
  survey: de.survey,
  results: {
    contentAsOf: (month: string) => `Content as of ${month}`,
    title: (name: string) => `Result: ${name}`,
    overall: 'Overall score',
    outOf: 'out of 100 points',
    noScore: 'no score yet',
    noScoreHint: 'Answer at least one question with a level to get a score.',
    band: 'Maturity',
    fieldsTitle: 'Result per field of action',
    fieldsIntro:
      'Current = points reached, target = target in points (target level × 25). You can change the target level here; gaps and recommendations adjust at once.',
    chartTitle: 'Current and target at a glance',
    chartDescription: (parts: string) =>
      `Radar chart of current and target values per field of action: ${parts}. The values are also in the table.`,
    chartPart: (field: string, current: string, target: number) => `${field} ${current} of target ${target}`,
    current: 'Current',
    field: 'Field of action',
    score: 'Current (points)',
    target: 'Target (points)',
    targetLevel: 'Target level',
    targetLevelFor: (field: string) => `Target level for ${field}`,
    gap: 'Gap',
    reached: 'Target reached',
    answered: 'answered',
    unclearTitle: 'Open questions to clarify',
    unclearIntro:
      'These questions were answered “don’t know”. They do not count. Clarify them before the next round.',
    unclearNone: 'No question was answered “don’t know”.',
    recommendationsTitle: 'Recommendations',
    recommendationsIntro: 'Ordered by urgency: first where the gap to the target and the weight are largest.',
    noRecommendations: 'There are no recommendations for the answers so far.',
    noMatchingRecommendations: 'No recommendation matches this filter.',
    filterField: 'Field of action',
    filterHorizon: 'Time frame',
    filterAll: 'all',
    shown: (n: number, total: number) => `${n} of ${total} recommendations shown`,
    firstSteps: 'First steps',
    why: 'Why',
    because: 'Reason',
    effort: 'Effort',
    horizon: 'Time frame',
    actors: 'Who acts',
    references: 'More on this',
    sourceChecked: (month: string) => `last checked: ${month}`,
    addToPlan: 'Add to action plan',
    inPlan: 'In the action plan',
    questionReason: (title: string, level: number) => `“${title}” answered with level ${level}`,
    fieldReason: (title: string, score: number) => `Field “${title}” stands at ${score} points`,
    backToQuestions: 'Back to the questions',
    explainLink: 'How is it calculated?',
    printLink: 'Print result sheet',
    counts: (scored: number, dontKnow: number, na: number, open: number) =>
      `${scored} rated, ${dontKnow} “don't know”, ${na} “not applicable”, ${open} open`,
  },
  shortCheck: {
    name: 'Short check',
    scopes: {
      short: 'Short check',
      continued: 'Full assessment (begun as a short check)',
      full: 'Full assessment',
    },
    profileNote: (n) =>
      `Short check: ${n} questions from every field. Each answer later counts unchanged in the full assessment.`,
    none: 'This questionnaire has no short check.',
    startFull: 'Start the full assessment',
    resultsTitle: (name) => `Short check result: ${name}`,
    resultsIntro: (asked, total) =>
      `This is a short check: ${asked} of the questionnaire’s ${total} questions. Each value rests on one or two questions of its field and is a first indication; the full assessment makes it sound.`,
    coverageTitle: 'How sure is each value?',
    coverageCaption: 'Fields of the short check and how many of their questions are answered',
    asked: 'Answered in the short check',
    certainty: 'Certainty',
    answeredOf: (answered, asked, ofField) => `${answered} of ${asked} (the field has ${ofField} questions)`,
    certainties: { none: 'no value yet', 'first-hint': 'first indication', rough: 'rough estimate' },
    firstRecommendations: 'First recommendations',
    noRecommendations: 'The short check’s answers lead to no recommendation yet.',
    continue: 'Continue with the full assessment',
    continueHint: (answered, open) =>
      `Your ${answered} answers are kept; you go on at the first open question (${open} questions open).`,
    projector: 'Projector view',
    began: 'begun as a short check',
    continuedOn: (date) => `begun as a short check, continued in full on ${date}`,
    sheetNote: (asked, total) =>
      `Short check: ${asked} of ${total} questions – each value is a first indication.`,
  },
  projector: {
    name: 'Projector view',
    open: 'Answer in the projector view',
    present: 'Show in the projector view',
    hint: 'The arrow keys → and ← move forward and back (on an answer they choose the level), Esc leaves the view.',
    fieldOf: (n, total, title) => `Field ${n} of ${total}: ${title}`,
    slideOf: (n, total) => `Slide ${n} of ${total}`,
    showResult: 'Show the result',
    backToQuestions: 'Back to the questions',
    leave: 'Leave the projector view (Esc)',
    current: 'Current',
    target: 'Target',
    points: (n) => `${n} points`,
    answered: (answered, total) => `${answered} of ${total} questions answered`,
  },
  plan: {
    title: 'Action plan',
    intro:
      'Take over recommendations or write down your own measures – with owner, due date and status. The plan is saved with the assessment.',
    empty: 'No measure in the plan yet.',
    measure: 'Measure',
    owner: 'Owner',
    due: 'Due by',
    status: 'Status',
    note: 'Note',
    remove: 'Remove',
    removeLabel: (title: string) => `Remove measure “${title}”`,
    addOwn: 'Add your own measure',
    ownTitle: 'Title of your own measure',
    add: 'Add',
    fromRecommendation: 'from recommendation',
    statuses: { offen: 'open', 'in-arbeit': 'in progress', erledigt: 'done' },
    added: (title: string) => `“${title}” is now in the action plan.`,
  },
  list: {
    title: 'All assessments',
    intro: 'All assessments stored in this browser. Each round is an assessment of its own.',
    empty: 'No assessment saved yet.',
    municipality: 'Municipality',
    round: 'Round',
    date: 'Date',
    progress: 'Progress',
    actions: 'Actions',
    noProfile: '(details still missing)',
    open: 'Questionnaire',
    results: 'Result',
    rename: 'Rename',
    renameLabel: 'New name of the round',
    nextRound: 'New round',
    nextRoundLabel: 'Name of the new round',
    nextRoundHint: 'The answers of the earlier round are copied and marked as “to be confirmed”.',
    nextRoundDefault: (year: number) => `Round ${year}`,
    create: 'Create',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    deleteTitle: 'Delete assessment?',
    deleteText: (name: string) =>
      `The assessment “${name}” will be deleted from this browser for good, with all answers, notes and the action plan.`,
    deleteConfirm: 'Delete for good',
    deleted: (name: string) => `“${name}” was deleted.`,
    percent: (p: number) => `${p} %`,
    toConfirm: (n: number) => (n === 1 ? '1 answer to confirm' : `${n} answers to confirm`),
    newAssessment: 'Start a new assessment',
  },
  questionnaires: {
    title: 'Questionnaires',
    intro:
      'The Bavarian questionnaire is built in. A region, an association or a district can provide its own questionnaire with recommendations as a file. It is checked and stays only in this browser.',
    builtIn: 'Built in',
    loaded: 'Loaded from a file',
    none: 'No questionnaire has been loaded from a file yet.',
    counts: (fields: number, questions: number, recs: number) =>
      `${fields} fields of action, ${questions} questions, ${recs} recommendations`,
    version: (v: string) => `Version ${v}`,
    uploadLabel: 'Choose questionnaire file(s)',
    uploadHint:
      'One bundle file or the three files questionnaire.json, recommendations.json and sources.json. How to write them is described in the authoring guide (questionnaires/README.md).',
    errorsTitle: 'The questionnaire cannot be loaded:',
    builtInId: (id: string) =>
      `The id “${id}” belongs to a built-in questionnaire. Please choose another id.`,
    added: (title: string) => `“${title}” was loaded and is ready for new assessments.`,
    replaced: (title: string) => `“${title}” was replaced by the new version.`,
    remove: 'Remove',
    removeLabel: (title: string) => `Remove questionnaire “${title}”`,
    removeTitle: 'Remove questionnaire?',
    removeText: (n: number) =>
      n === 0
        ? 'No assessment uses this questionnaire.'
        : `${n} assessments use this questionnaire. They stay saved but can only be opened again once the questionnaire is loaded again.`,
    removeConfirm: 'Remove',
    removed: (title: string) => `“${title}” was removed.`,
    start: 'New assessment with this questionnaire',
    choose: 'Questionnaire',
  },
  data: {
    title: 'Save and load',
    intro:
      'Your assessments are stored only in this browser. Save them as a file to move them to another computer, pass them on or keep them.',
    whereTitle: 'Where your data is kept',
    where:
      'In this browser’s local storage (localStorage, with a second copy in IndexedDB that survives a crash) on this device, for this address. Other browsers, devices and people cannot see it. If you delete the browser data, the assessments are gone – save them as a file first.',
    exportTitle: 'Save',
    exportAll: (n: number) =>
      n === 1 ? 'Save the assessment as a file' : `Save all ${n} assessments as a file`,
    exportNone: 'There is no assessment to save yet.',
    importTitle: 'Load',
    importLabel: 'Choose Digital Compass export file(s)',
    importHint: 'Files ending in .json that were created with “Save”. Nothing changes before you confirm.',
    fileErrors: (name: string) => `The file “${name}” cannot be loaded:`,
    unknownQuestionnaire: (id: string) =>
      `The questionnaire “${id}” is not available in this app. Load the matching questionnaire first.`,
    previewTitle: 'These assessments will be taken over',
    previewIntro: 'Please check the list. Nothing is saved until you choose “Take over”.',
    exists: 'Already exists',
    isNew: 'new',
    keepBoth: 'Keep both',
    replace: 'Replace the existing one',
    conflictLabel: (name: string) => `What should happen to the existing assessment “${name}”?`,
    answers: 'Answers',
    confirm: (n: number) => (n === 1 ? 'Take over 1 assessment' : `Take over ${n} assessments`),
    cancel: 'Discard',
    imported: (n: number) => (n === 1 ? '1 assessment was taken over.' : `${n} assessments were taken over.`),
    deleteTitle: 'Delete everything',
    deleteIntro: 'Removes all assessments from this browser. Save what you want to keep first.',
    deleteAll: 'Delete all assessments',
    deleteConfirmTitle: 'Really delete all assessments?',
    deleteConfirmText: (n: number) =>
      n === 1
        ? 'The assessment will be deleted from this browser for good.'
        : `${n} assessments will be deleted from this browser for good.`,
    deleteConfirm: 'Delete for good',
    deleted: 'All assessments were deleted.',
    csv: 'Download as a spreadsheet (CSV)',
    exportOne: 'Save as a file',
  },
  legal: {
    nav: 'Legal',
    imprint: 'Impressum',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    operator: 'Enter operator details',
  },
  offline: {
    ready: 'Ready offline',
    updateAvailable: 'A new version of the Digital Compass is available. Your answers are saved.',
    updateNow: 'Update now',
  },
  files: {
    chooseFolder: 'Choose a whole folder',
    dropHint: 'You can also drag files here.',
    reading: 'Reading files …',
    readingProgress: (n: number, m: number) => `Reading files … (${n} of ${m})`,
    tooLarge: (names: string) => `Too large and therefore not read (more than 25 MB): ${names}`,
    unreadable: (names: string) =>
      `Could not be read (perhaps moved or deleted since); please choose again: ${names}`,
  },
  errors: {
    questionnaireTitle: 'The questionnaire contains errors',
    questionnaireIntro:
      'The questionnaire could not be loaded. Please pass these messages on to whoever provided it:',
    notFound: 'This assessment does not exist (any more).',
    crashTitle: 'This view could not be shown',
    crashIntro:
      'An error in the app stopped this view. Your stored assessments are not affected. You can go back to the start or save your data as a file to be safe.',
    downloadCopy: 'Download a copy of the damaged data',
    recovery: (p, keptAs) => {
      const kept = ` A copy is kept in the browser’s storage under “${keptAs}”.`;
      switch (p.code) {
        case 'newerVersion':
          return `The stored data comes from a newer version of the Digital Compass (storage format ${p.version}).${kept}`;
        case 'unreadable':
          return `The stored data cannot be read.${kept}`;
        case 'noMigrationPath':
          return `There is no way from storage format ${p.from} to ${p.from + 1}.${kept}`;
        case 'droppedEntries':
          return p.count === 1
            ? `1 stored entry was damaged and was not loaded.${kept}`
            : `${p.count} stored entries were damaged and were not loaded.${kept}`;
        case 'reshaped':
          return `The stored data had an unexpected shape; the readable assessments were taken over.${kept}`;
        case 'damaged':
          return `The stored data was damaged and cannot be read.${kept}`;
        case 'truncated':
          return `The stored data was incomplete (probably interrupted while saving); the readable assessments were taken over.${kept}`;
        case 'unexpectedShape':
          return `The stored data had an unexpected shape and was not loaded.${kept}`;
      }
    },
    questionnaireMissing: 'Questionnaire not found',
    backToStart: 'Back to the start',
    downloadData: 'Download stored data',
    otherTab: 'An assessment was changed in another window or tab. This view now shows the latest state.',
    dismiss: 'Close notice',
    storageTitle: 'Saving is not possible in this browser',
    storage:
      'Your entries are kept while this window stays open but are not stored permanently. Save your assessment before closing.',
    storageFull: 'This browser’s storage is full.',
    storageBlocked:
      'This browser does not let the page store data (for example in private mode or because of a setting).',
    saveNow: 'Save as a file now',
    saveFailed:
      'The backup could not be prepared because part of the app could not be loaded. Please check the internet connection and try again; keep this window open until then.',
  },
};
