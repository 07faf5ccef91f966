/**
 * What a speaker label looks like, and which labels are not speakers at all. Transcripts
 * are full of "Label: text" lines that are no turn ("Note: ...", "https://...", "10:30"),
 * so a label must look like a short name before a parser believes it.
 */

/** Labels that head a line but are never a person speaking. Compared case-insensitively. */
const NOT_SPEAKERS = new Set([
  'note',
  'notes',
  'nb',
  'n.b',
  'ps',
  'p.s',
  'fyi',
  'tip',
  'warning',
  'caution',
  'important',
  'edit',
  'update',
  'todo',
  'source',
  'sources',
  'link',
  'links',
  'url',
  'email',
  'e-mail',
  'phone',
  'tel',
  'fax',
  'address',
  'website',
  'web',
  'date',
  'time',
  'day',
  'duration',
  'length',
  'location',
  'place',
  'venue',
  'subject',
  're',
  'fw',
  'fwd',
  'cc',
  'bcc',
  'title',
  'topic',
  'agenda',
  'summary',
  'attendees',
  'participants',
  'present',
  'absent',
  'transcript',
  'recording',
  'break',
  'intro',
  'outro',
  'music',
  'ad',
  'ads',
  'sponsor',
  'pause',
  'silence',
  'laughter',
  'laughs',
  'crosstalk',
  'inaudible',
  'applause',
  'end',
  'start',
  'example',
  'examples',
  'step',
  'answer key',
  'chapter',
  'section',
  'part',
  'conclusion',
  'result',
  'results',
  'reason',
  'problem',
  'solution',
  'goal',
  'remember',
  'also',
  'context',
  'ملاحظة',
  'ملاحظات',
  'التاريخ',
  'الموضوع',
  'الرابط',
  'المصدر',
  'الوقت',
  'المكان',
  'הערה',
  'הערות',
  'תאריך',
  'נושא',
  'קישור',
  'מקור',
  'שעה',
  'מקום',
])

/** Roles that mark the person asking the questions; they are kept out of analysis by default. */
const INTERVIEWER_ROLES = [
  'interviewer',
  'moderator',
  'facilitator',
  'researcher',
  'host',
  'q',
  'question',
  'المحاور',
  'المحاورة',
  'محاور',
  'محاورة',
  'الباحث',
  'الباحثة',
  'المقابل',
  'الميسر',
  'الميسرة',
  'س',
  'מראיין',
  'מראיינת',
  'המראיין',
  'המראיינת',
  'מנחה',
  'המנחה',
  'חוקר',
  'חוקרת',
  'ש',
]

/** Roles that are clearly speaker labels even when they occur only once. */
const ROLES = new Set([
  ...INTERVIEWER_ROLES,
  'a',
  'answer',
  'participant',
  'respondent',
  'interviewee',
  'customer',
  'user',
  'ج',
  'ت',
  'מרואיין',
  'מרואיינת',
  'المشارك',
  'المشاركة',
])

export function isNotSpeaker(label: string): boolean {
  return NOT_SPEAKERS.has(label.trim().toLowerCase())
}

/** "Interviewer", "Interviewer 2", "Moderator (Sam)", "Q", "المحاور", "מראיין". */
export function isInterviewerLabel(label: string): boolean {
  const l = label.trim().toLowerCase()
  return INTERVIEWER_ROLES.some((role) => l === role || (role.length > 2 && new RegExp(`^${role}(?:[\\s\\d(#:_-]|$)`, 'u').test(l)))
}

/** A role word ("Interviewer", "Participant 3", "Q", "A"): a speaker even when it appears once. */
export function isRoleLabel(label: string): boolean {
  const l = label.trim().toLowerCase()
  if (isInterviewerLabel(l)) return true
  if (ROLES.has(l)) return true
  return /^(?:p|r|participant|respondent|interviewee|speaker|user|customer)\s*#?\d{1,3}$/u.test(l)
}

/**
 * A speaker label: 1-4 words (5 in subtitles' "Name (Org)"), starts with a letter, at most
 * 50 characters, no sentence punctuation. Hebrew titles such as 'היו"ר' keep their quote mark.
 */
export function looksLikeSpeaker(label: string, maxWords = 4): boolean {
  const l = label.trim()
  if (l.length === 0 || l.length > 50) return false
  if (!/^\p{L}/u.test(l)) return false
  if (/[?!,;:.]$|[?!;:]|https?\b|www\.|@|\*|_{2}|\\/iu.test(l)) return false
  if (/\.\s/.test(l) && !/^(?:dr|mr|mrs|ms|prof|st)\.\s/i.test(l)) return false
  const words = l.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w))
  if (words.length === 0 || words.length > maxWords) return false
  return !isNotSpeaker(l)
}

/**
 * A one-off inline label is believed only when it reads like a name: 1-3 capitalised words
 * ("Ben", "Tamir Cohen"), which "She said:" or "اليوم قال:" are not.
 */
export function looksLikePersonName(label: string): boolean {
  const words = label.trim().split(/\s+/)
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))
}
