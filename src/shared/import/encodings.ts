/** Encodings a researcher can name instead of the detected one (import dialog select, CLI --encoding). */
export const ENCODING_CHOICES = [
  'UTF-8',
  'UTF-16 LE',
  'UTF-16 BE',
  'windows-1252',
  'windows-1255',
  'windows-1256',
  'windows-1251',
  'ISO-8859-1',
  'ISO-8859-8',
  'ISO-8859-6',
  'macintosh',
  'Shift_JIS',
  'GB18030',
  'EUC-KR',
] as const
