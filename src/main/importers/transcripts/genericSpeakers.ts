/**
 * Generic speaker labels: the names transcription tools give people they do not know
 * ("Speaker 1", "Unknown speaker", "S2", "Speaker A", "Interviewer", "المتحدث 1", "דובר 2").
 * "Speaker 1" in one Otter export and "Speaker 1" in the next are two different people, so
 * such a label is a participant of its own interview only. A real name ("Maya Cohen") is the
 * same person wherever it appears and still links interviews together.
 */
/** Role words that carry no identity, in English, Arabic and Hebrew. */
const GENERIC_WORDS = [
  'speaker',
  'unknown speaker',
  'unidentified speaker',
  'unknown',
  'participant',
  'respondent',
  'interviewee',
  'interviewer',
  'moderator',
  'facilitator',
  'host',
  'guest',
  'caller',
  'agent',
  'customer',
  'user',
  'person',
  'voice',
  'male',
  'female',
  'man',
  'woman',
  'researcher',
  'question',
  'answer',
  'q',
  'a',
  's',
  'p',
  'r',
  'spk',
  'spkr',
  'المحاور',
  'المحاورة',
  'محاور',
  'محاورة',
  'الباحث',
  'الباحثة',
  'الميسر',
  'الميسرة',
  'س',
  'ج',
  'المتحدث',
  'المتحدثة',
  'متحدث',
  'متحدثة',
  'متحدث غير معروف',
  'المتحدث غير المعروف',
  'المتكلم',
  'متكلم',
  'المشارك',
  'المشاركة',
  'مشارك',
  'مشاركة',
  'الضيف',
  'ضيف',
  'المجيب',
  'مجيب',
  'מראיין',
  'מראיינת',
  'המראיין',
  'המראיינת',
  'מנחה',
  'המנחה',
  'דובר',
  'דוברת',
  'דובר לא ידוע',
  'משתתף',
  'משתתפת',
  'מרואיין',
  'מרואיינת',
  'אורח',
  'אורחת',
]

const DIGITS = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]'
const GENERIC = new RegExp(
  `^(?:${GENERIC_WORDS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?:\\s*[#_-]?\\s*${DIGITS}{1,3}|(?:\\s+|\\s*[#_-]\\s*)[a-z\\u05D0-\\u05EA\\u0621-\\u064A])?$`,
  'iu',
)

/** True for a label that names a role or a number rather than a person. */
export function isGenericSpeakerLabel(label: string): boolean {
  const l = label.trim().replace(/\s+/g, ' ')
  return GENERIC.test(l)
}

/**
 * The participant label for a speaker of one interview: a generic label gets the interview's
 * name ("Speaker 1 (otter-call-3)"), a name stays as it is so the person links across interviews.
 */
export function participantLabelFor(speaker: string, interview: string): string {
  return isGenericSpeakerLabel(speaker) ? `${speaker.trim()} (${interview})` : speaker
}
