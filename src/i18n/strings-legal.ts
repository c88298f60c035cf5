import type { ACCESSIBILITY_STATUSES, OperatorField, OperatorProblem } from '../engine/operator';
import type { Language } from '../engine/language';

/** The § 11 BayDiV text named in the accessibility statement (source: the project's fact base). */
export const BAYDIV_11_URL = 'https://gesetze.legal/bayern/baydiv/11';

/** German texts of the legal pages and the operator form (source of truth; English has the same shape). */
const de = {
  fieldNames: {
    name: 'Name der Stelle (Betreiber)',
    legalForm: 'Rechtsform',
    representative: 'Vertreten durch',
    street: 'Straße und Hausnummer',
    postalCode: 'Postleitzahl',
    city: 'Ort',
    email: 'E-Mail',
    phone: 'Telefon',
    responsible: 'Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)',
    responsibleAddress: 'Anschrift der verantwortlichen Person, falls abweichend',
    dataProtectionContact: 'Kontakt für Fragen zum Datenschutz',
    accessibilityContact: 'Kontakt für Hinweise zur Barrierefreiheit',
    accessibilityStatus: 'Stand der Vereinbarkeit (vollständig, teilweise oder nicht)',
    accessibilityStatementDate: 'Datum der Erklärung zur Barrierefreiheit (JJJJ-MM-TT)',
    imprintUrl: 'Adresse des eigenen Impressums',
    privacyUrl: 'Adresse der eigenen Datenschutzerklärung',
    accessibilityUrl: 'Adresse der eigenen Erklärung zur Barrierefreiheit',
  } satisfies Record<OperatorField, string>,
  problem: (p: OperatorProblem, label: string | undefined) => {
    const name = label ? `„${label}“ (${p.field})` : `„${p.field}“`;
    switch (p.kind) {
      case 'unknownField':
        return `Das Feld ${name} gibt es nicht. Bitte Schreibweise prüfen.`;
      case 'tooLong':
        return `${name} ist zu lang (höchstens ${p.max ?? 0} Zeichen).`;
      case 'email':
        return `${name} ist keine gültige E-Mail-Adresse.`;
      case 'url':
        return `${name} ist keine gültige Internetadresse (sie muss mit https:// oder http:// beginnen).`;
      case 'date':
        return `${name} ist kein gültiges Datum im Format JJJJ-MM-TT.`;
      case 'choice':
        return `${name} muss „vollständig“, „teilweise“ oder „nicht“ sein.`;
      case 'notText':
        return `${name} muss ein Text in Anführungszeichen sein.`;
    }
  },
  loading: 'Betreiberangaben werden geladen …',
  notGiven: 'nicht angegeben',
  unsetTitle: 'Die Betreiberangaben sind noch nicht eingetragen',
  unsetServer:
    'Wer diese App auf einem Webserver oder im Intranet bereitstellt, trägt Name, Anschrift, Kontakt und die verantwortliche Person in die Datei „betreiber.json“ neben „index.html“ ein. Eine Anleitung steht in der README unter „Betreiberangaben“. Bis dahin zeigt diese Seite nur, was über die App selbst bekannt ist.',
  unsetFile:
    'In dieser Einzeldatei tragen Sie die Angaben unter „Betreiberangaben eintragen“ ein; sie werden nur in diesem Browser gespeichert. Bis dahin zeigt diese Seite nur, was über die App selbst bekannt ist.',
  invalidTitle: 'Die Betreiberangaben sind fehlerhaft und werden deshalb nicht angezeigt',
  invalidFile: 'Die Datei „betreiber.json“ ist kein lesbares JSON-Objekt. Bitte mit einem Texteditor prüfen.',
  invalidIntro: 'Bitte in „betreiber.json“ berichtigen:',
  unavailable:
    'Die Betreiberangaben konnten nicht geladen werden: Es besteht keine Verbindung, und auf diesem Gerät liegt noch keine Kopie vor. Sobald die App einmal mit Verbindung geöffnet war, stehen sie auch offline zur Verfügung.',
  editLink: 'Betreiberangaben eintragen',
  ownPage: 'Ausführliche Fassung des Betreibers:',
  appTitle: 'Über die App',
  appText: (version: string) =>
    `Digitalkompass Kommune, Version ${version}. Die App läuft vollständig im Browser; es gibt keinen Server, der Eingaben empfängt.`,
  imprint: {
    title: 'Impressum',
    intro: 'Angaben nach § 5 DDG und § 18 MStV für diese Kopie des Digitalkompass Kommune.',
    operator: 'Betreiber',
    representative: 'Vertreten durch',
    address: 'Anschrift',
    contact: 'Kontakt',
    responsible: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
    sameAddress: 'Anschrift wie oben',
    missing: (fields: string) => `Für ein vollständiges Impressum fehlen noch: ${fields}.`,
  },
  privacy: {
    title: 'Datenschutz',
    controllerTitle: 'Verantwortlich',
    controller:
      'Verantwortlich für die Angaben, die in diese App eingetragen werden, ist die Kommune, die die App nutzt und deren Beschäftigte die Angaben machen.',
    operator: (name: string) => `Diese Kopie der App betreibt: ${name}.`,
    dpContact: 'Kontakt für Fragen zum Datenschutz',
    whatTitle: 'Was gespeichert wird',
    what: 'Die Angaben zur Kommune (Name, Art, Regierungsbezirk, Einwohnerklasse, Ihre Funktion), die Antworten, Notizen und Nachweise, die Ziele, der Maßnahmenplan mit den eingetragenen Zuständigen, das Wappen, die gewählte Sprache und Fragebögen, die aus Dateien geladen wurden.',
    whatFile: 'In der Einzeldatei außerdem die hier eingetragenen Betreiberangaben.',
    whereTitle: 'Wo die Daten liegen',
    where:
      'Nur im Speicher dieses Browsers auf diesem Gerät (localStorage, dazu eine zweite Kopie in IndexedDB für den Fall eines Absturzes), getrennt nach der Adresse, von der die App geladen wurde. Für den Offline-Betrieb legt der Browser außerdem die Programmdateien der App und die Betreiberangaben im Cache des Service Workers ab. Andere Geräte, andere Browser und andere Personen sehen die Daten nicht.',
    notTitle: 'Was die App nicht tut',
    not: 'Die App sendet keine Eingaben an einen Server, setzt keine Cookies, misst keine Nutzung und lädt keine Inhalte, Schriften oder Skripte von anderen Servern. Exportdateien (JSON, CSV, Word) entstehen auf diesem Gerät; was mit ihnen geschieht, entscheiden Sie.',
    serverTitle: 'Beim Laden der App',
    server:
      'Wird die App von einem Webserver geladen, verarbeitet dieser Server wie bei jeder Webseite technische Zugriffsdaten. Darüber informiert der Betreiber.',
    deleteTitle: 'Löschen',
    authorityTitle: 'Aufsicht',
    authority:
      'Aufsichtsbehörde für den Datenschutz bei bayerischen öffentlichen Stellen ist der Bayerische Landesbeauftragte für den Datenschutz.',
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    commitment: (name: string) =>
      `${name} ist bemüht, diese Anwendung im Einklang mit Art. 13 und 14 des Bayerischen Behindertengleichstellungsgesetzes (BayBGG) und der Bayerischen Digitalen Barrierefreiheitsverordnung (BayDiV) barrierefrei zugänglich zu machen.`,
    unnamed: 'Die Stelle, die diese Kopie betreibt,',
    scope: (version: string) =>
      `Diese Erklärung gilt für die Anwendung „Digitalkompass Kommune“ in Version ${version} unter dieser Adresse.`,
    statusTitle: 'Stand der Vereinbarkeit mit den Anforderungen',
    declared: {
      vollständig: 'Diese Anwendung ist mit den Anforderungen der BayDiV vollständig vereinbar.',
      teilweise: 'Diese Anwendung ist mit den Anforderungen der BayDiV teilweise vereinbar.',
      nicht: 'Diese Anwendung ist mit den Anforderungen der BayDiV nicht vereinbar.',
    } satisfies Record<(typeof ACCESSIBILITY_STATUSES)[number], string>,
    undeclared: 'Die betreibende Stelle hat den Stand der Vereinbarkeit noch nicht erklärt.',
    status:
      'Die Anwendung wird bei jeder Änderung automatisch nach WCAG 2.1 Stufe A und AA geprüft (axe-core), dazu mit eigenen Tests für Kontraste, die Bedienung mit der Tastatur und den Kontrastmodus von Windows. Offene Verstöße sind dabei nicht bekannt. Eine Prüfung durch eine unabhängige Stelle liegt nicht vor.',
    limitsTitle: 'Hinweise zu einzelnen Inhalten',
    limits:
      'Das Netzdiagramm ist eine Grafik; dieselben Werte stehen immer in einer Tabelle daneben. Für Fragebögen, die aus einer Datei geladen werden, ist deren Herausgeber verantwortlich.',
    madeTitle: 'Erstellung dieser Erklärung',
    made: (date: string | null) =>
      date
        ? `Diese Erklärung wurde am ${date} erstellt. Die Einschätzung beruht auf einer Selbstbewertung.`
        : 'Das Datum dieser Erklärung ist noch nicht angegeben. Die Einschätzung beruht auf einer Selbstbewertung.',
    feedbackTitle: 'Feedback und Kontaktangaben',
    feedback:
      'Sind Ihnen Mängel beim barrierefreien Zugang zu dieser Anwendung aufgefallen? Dann können Sie sich an folgende Stelle wenden:',
    noContact: 'Die Kontaktstelle ist noch nicht eingetragen.',
    enforcementTitle: 'Durchsetzungsverfahren',
    enforcement:
      'Wird Ihre Meldung nicht innerhalb von sechs Wochen beantwortet, können Sie sich an die Durchsetzungsstelle beim Landesamt für Digitalisierung, Breitband und Vermessung (LDBV) wenden.',
    enforcementLaw: '§ 11 BayDiV',
  },
  form: {
    title: 'Betreiberangaben eintragen',
    intro:
      'Diese Einzeldatei kann keine Datei „betreiber.json“ lesen. Tragen Sie hier ein, wer diese Kopie betreibt; die Angaben erscheinen im Impressum, im Datenschutzhinweis und in der Erklärung zur Barrierefreiheit. Sie werden nur in diesem Browser gespeichert.',
    serverNote:
      'Diese Kopie liest die Betreiberangaben aus der Datei „betreiber.json“ neben „index.html“. Ändern kann sie nur, wer die App bereitstellt (Anleitung in der README).',
    save: 'Angaben speichern',
    saved: 'Die Betreiberangaben sind gespeichert.',
    clear: 'Angaben löschen',
    cleared: 'Die Betreiberangaben sind gelöscht.',
    errorsTitle: 'Bitte prüfen Sie die Angaben:',
    storageFailed:
      'Die Angaben konnten in diesem Browser nicht gespeichert werden. Sie gelten nur, solange dieses Fenster offen ist.',
  },
};

export type LegalStrings = typeof de;

/** English texts of the legal pages; the legal terms keep their German names. */
const en: LegalStrings = {
  fieldNames: {
    name: 'Name of the body (operator)',
    legalForm: 'Legal form',
    representative: 'Represented by',
    street: 'Street and number',
    postalCode: 'Postcode',
    city: 'Town',
    email: 'E-mail',
    phone: 'Phone',
    responsible: 'Responsible for the content (§ 18 (2) MStV)',
    responsibleAddress: 'Address of the responsible person, if different',
    dataProtectionContact: 'Contact for data protection questions',
    accessibilityContact: 'Contact for accessibility feedback',
    accessibilityStatus: 'Compliance status (vollständig, teilweise or nicht)',
    accessibilityStatementDate: 'Date of the accessibility statement (YYYY-MM-DD)',
    imprintUrl: 'Address of the operator’s own Impressum',
    privacyUrl: 'Address of the operator’s own privacy notice',
    accessibilityUrl: 'Address of the operator’s own accessibility statement',
  },
  problem: (p, label) => {
    const name = label ? `“${label}” (${p.field})` : `“${p.field}”`;
    switch (p.kind) {
      case 'unknownField':
        return `There is no field ${name}. Please check the spelling.`;
      case 'tooLong':
        return `${name} is too long (at most ${p.max ?? 0} characters).`;
      case 'email':
        return `${name} is not a valid e-mail address.`;
      case 'url':
        return `${name} is not a valid web address (it must start with https:// or http://).`;
      case 'date':
        return `${name} is not a valid date in the form YYYY-MM-DD.`;
      case 'choice':
        return `${name} must be “vollständig”, “teilweise” or “nicht”.`;
      case 'notText':
        return `${name} must be a text in quotation marks.`;
    }
  },
  loading: 'Loading the operator details …',
  notGiven: 'not given',
  unsetTitle: 'The operator details have not been entered yet',
  unsetServer:
    'Whoever provides this app on a web server or an intranet enters the name, address, contact and the responsible person in the file “betreiber.json” next to “index.html”. The README explains how (section “Betreiberangaben”). Until then this page shows only what is known about the app itself.',
  unsetFile:
    'In this single file, enter the details under “Enter operator details”; they are stored only in this browser. Until then this page shows only what is known about the app itself.',
  invalidTitle: 'The operator details contain errors and are therefore not shown',
  invalidFile: 'The file “betreiber.json” is not a readable JSON object. Please check it in a text editor.',
  invalidIntro: 'Please correct in “betreiber.json”:',
  unavailable:
    'The operator details could not be loaded: there is no connection and no copy on this device yet. Once the app has been opened with a connection, they are available offline too.',
  editLink: 'Enter operator details',
  ownPage: 'The operator’s full version:',
  appTitle: 'About the app',
  appText: (version) =>
    `Digitalkompass Kommune, version ${version}. The app runs entirely in the browser; there is no server that receives what you enter.`,
  imprint: {
    title: 'Impressum (legal notice)',
    intro: 'Details under § 5 DDG and § 18 MStV for this copy of Digitalkompass Kommune.',
    operator: 'Operator',
    representative: 'Represented by',
    address: 'Address',
    contact: 'Contact',
    responsible: 'Responsible for the content under § 18 (2) MStV',
    sameAddress: 'address as above',
    missing: (fields) => `A complete Impressum still needs: ${fields}.`,
  },
  privacy: {
    title: 'Privacy',
    controllerTitle: 'Controller',
    controller:
      'The controller for what is entered in this app is the municipality that uses it, whose staff enter the details.',
    operator: (name) => `This copy of the app is run by: ${name}.`,
    dpContact: 'Contact for data protection questions',
    whatTitle: 'What is stored',
    what: 'The municipality’s details (name, kind, administrative region, population class, your role), the answers, notes and evidence, the targets, the action plan with the people entered as responsible, the coat of arms, the chosen language and questionnaires loaded from files.',
    whatFile: 'In the single file also the operator details entered here.',
    whereTitle: 'Where the data are',
    where:
      'Only in this browser’s storage on this device (localStorage, with a second copy in IndexedDB in case of a crash), separately for each address the app was loaded from. For offline use the browser also keeps the app’s program files and the operator details in the service worker’s cache. Other devices, other browsers and other people cannot see the data.',
    notTitle: 'What the app does not do',
    not: 'The app sends nothing you enter to a server, sets no cookies, measures no use and loads no content, fonts or scripts from other servers. Export files (JSON, CSV, Word) are made on this device; what happens to them is your decision.',
    serverTitle: 'When the app is loaded',
    server:
      'When the app is loaded from a web server, that server processes technical access data as for any web page. The operator informs about this.',
    deleteTitle: 'Deleting',
    authorityTitle: 'Supervision',
    authority:
      'The supervisory authority for data protection at Bavarian public bodies is the Bayerischer Landesbeauftragter für den Datenschutz.',
  },
  accessibility: {
    title: 'Accessibility statement (Erklärung zur Barrierefreiheit)',
    commitment: (name) =>
      `${name} endeavours to make this application accessible in accordance with Art. 13 and 14 of the Bavarian Disability Equality Act (BayBGG) and the Bavarian Digital Accessibility Ordinance (BayDiV).`,
    unnamed: 'The body that runs this copy',
    scope: (version) =>
      `This statement applies to the application “Digitalkompass Kommune”, version ${version}, at this address.`,
    statusTitle: 'Compliance status',
    declared: {
      vollständig: 'This application is fully compliant with the requirements of the BayDiV.',
      teilweise: 'This application is partially compliant with the requirements of the BayDiV.',
      nicht: 'This application is not compliant with the requirements of the BayDiV.',
    },
    undeclared: 'The operating body has not yet declared the compliance status.',
    status:
      'With every change the application is tested automatically against WCAG 2.1 levels A and AA (axe-core), and with tests of its own for contrast, keyboard use and Windows contrast mode. No open violations are known. It has not been tested by an independent body.',
    limitsTitle: 'Notes on particular content',
    limits:
      'The radar chart is a graphic; the same values are always in a table next to it. Questionnaires loaded from a file are the responsibility of their publisher.',
    madeTitle: 'Preparation of this statement',
    made: (date) =>
      date
        ? `This statement was prepared on ${date}. It is based on a self-assessment.`
        : 'The date of this statement has not been given yet. It is based on a self-assessment.',
    feedbackTitle: 'Feedback and contact',
    feedback: 'Have you noticed barriers in this application? Please contact:',
    noContact: 'The contact has not been entered yet.',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If your report is not answered within six weeks, you can turn to the enforcement body (Durchsetzungsstelle) at the Landesamt für Digitalisierung, Breitband und Vermessung (LDBV).',
    enforcementLaw: '§ 11 BayDiV',
  },
  form: {
    title: 'Enter operator details',
    intro:
      'This single file cannot read a file “betreiber.json”. Enter here who runs this copy; the details appear in the Impressum, the privacy notice and the accessibility statement. They are stored only in this browser.',
    serverNote:
      'This copy reads the operator details from the file “betreiber.json” next to “index.html”. Only whoever provides the app can change them (see the README).',
    save: 'Save details',
    saved: 'The operator details are saved.',
    clear: 'Delete details',
    cleared: 'The operator details are deleted.',
    errorsTitle: 'Please check the details:',
    storageFailed:
      'The details could not be stored in this browser. They apply only while this window is open.',
  },
};

/** Texts of the legal pages by language. */
export const legalStrings: Record<Language, LegalStrings> = { de, en };
