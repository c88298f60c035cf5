import * as z from 'zod/mini';

/** The file next to index.html in which the hosting body says who runs this copy of the app. */
export const OPERATOR_FILE = 'betreiber.json';
/** Larger operator files are refused before parsing: the real one is well under 5 KB. */
export const MAX_OPERATOR_CHARS = 50_000;

/** The fields an operator can set, in the order the form and the documentation show them. */
export const OPERATOR_FIELDS = [
  'name',
  'legalForm',
  'representative',
  'street',
  'postalCode',
  'city',
  'email',
  'phone',
  'responsible',
  'responsibleAddress',
  'dataProtectionContact',
  'accessibilityContact',
  'accessibilityStatus',
  'accessibilityStatementDate',
  'imprintUrl',
  'privacyUrl',
  'accessibilityUrl',
] as const;
export type OperatorField = (typeof OPERATOR_FIELDS)[number];

/** What is wrong with one field, in terms the UI turns into a sentence (German or English). */
export type OperatorProblemKind =
  'notText' | 'tooLong' | 'email' | 'url' | 'date' | 'choice' | 'unknownField';

/** How far the app meets the accessibility requirements, as the operator declares it (StMD template). */
export const ACCESSIBILITY_STATUSES = ['vollständig', 'teilweise', 'nicht'] as const;

/** One problem of an operator file. `field` is the key as written in the file. */
export interface OperatorProblem {
  field: string;
  kind: OperatorProblemKind;
  /** For `tooLong`: the most characters allowed. */
  max?: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s"<>]+$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LENGTH: Partial<Record<OperatorField, number>> = {
  postalCode: 10,
  phone: 50,
  email: 200,
  accessibilityStatementDate: 10,
  responsibleAddress: 500,
  dataProtectionContact: 500,
  accessibilityContact: 500,
  imprintUrl: 500,
  privacyUrl: 500,
  accessibilityUrl: 500,
};
const KIND_OF: Partial<Record<OperatorField, 'email' | 'url' | 'date' | 'choice'>> = {
  email: 'email',
  accessibilityStatus: 'choice',
  imprintUrl: 'url',
  privacyUrl: 'url',
  accessibilityUrl: 'url',
  accessibilityStatementDate: 'date',
};

function maxLength(field: OperatorField): number {
  return MAX_LENGTH[field] ?? 200;
}

function fieldSchema(field: OperatorField) {
  const kind = KIND_OF[field];
  const pattern = kind === 'email' ? EMAIL : kind === 'url' ? URL_PATTERN : kind === 'date' ? DATE : null;
  const base = z.string().check(z.trim(), z.maxLength(maxLength(field)));
  const valid = (v: string) =>
    kind === 'choice'
      ? (ACCESSIBILITY_STATUSES as readonly string[]).includes(v)
      : !pattern || (pattern.test(v) && (kind !== 'date' || isRealDate(v)));
  // An empty value means "not given"; a given one must have the right form.
  return z._default(kind ? base.check(z.refine((v) => v === '' || valid(v), { message: kind })) : base, '');
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The operator details: who runs this copy of the app. Every field is text; an empty text (or a
 * missing key) means "not given". `$comment` is for notes in the file and ignored.
 */
export const OperatorDetails = z.lazy(() =>
  z.strictObject({
    ...(Object.fromEntries(OPERATOR_FIELDS.map((f) => [f, fieldSchema(f)])) as Record<
      OperatorField,
      ReturnType<typeof fieldSchema>
    >),
    $comment: z.optional(z.unknown()),
  }),
);
/** The operator details, every field a (possibly empty) text. */
export type OperatorDetails = Record<OperatorField, string>;

/** The result of reading operator details: not set at all, set (perhaps partly), or invalid. */
export type OperatorResult =
  | { status: 'unset' }
  | { status: 'set'; details: OperatorDetails }
  | { status: 'invalid'; problems: OperatorProblem[]; notJson?: boolean };

/** Operator details with every field empty. */
export function emptyOperatorDetails(): OperatorDetails {
  return Object.fromEntries(OPERATOR_FIELDS.map((f) => [f, ''])) as OperatorDetails;
}

function isOperatorField(key: string): key is OperatorField {
  return (OPERATOR_FIELDS as readonly string[]).includes(key);
}

/** Checks parsed operator details (from the file or the form). Never throws. */
export function checkOperatorDetails(raw: unknown): OperatorResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { status: 'invalid', problems: [], notJson: true };
  const problems: OperatorProblem[] = [];
  for (const key of Object.keys(raw))
    if (key !== '$comment' && !isOperatorField(key)) problems.push({ field: key, kind: 'unknownField' });
  const parsed = OperatorDetails.safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!isOperatorField(field)) continue;
      if (issue.code === 'too_big') problems.push({ field, kind: 'tooLong', max: maxLength(field) });
      else if (issue.code === 'custom') problems.push({ field, kind: KIND_OF[field] ?? 'notText' });
      else problems.push({ field, kind: 'notText' });
    }
  if (problems.length || !parsed.success) return { status: 'invalid', problems };
  const details = emptyOperatorDetails();
  for (const f of OPERATOR_FIELDS) details[f] = parsed.data[f];
  return OPERATOR_FIELDS.every((f) => details[f] === '') ? { status: 'unset' } : { status: 'set', details };
}

/** Reads the text of an operator file (betreiber.json). Never throws. */
export function parseOperatorFile(text: string): OperatorResult {
  if (text.length > MAX_OPERATOR_CHARS) return { status: 'invalid', problems: [], notJson: true };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { status: 'unset' };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { status: 'invalid', problems: [], notJson: true };
  }
  return checkOperatorDetails(raw);
}

/** The fields the Impressum needs (§ 5 DDG, § 18 MStV) that are still empty. */
export function missingImprintFields(details: OperatorDetails): OperatorField[] {
  const needed: OperatorField[] = [
    'name',
    'representative',
    'street',
    'postalCode',
    'city',
    'email',
    'responsible',
  ];
  return needed.filter((f) => details[f] === '');
}
