/**
 * A persona's person name: a first name a strategist can talk about ("Nadia"), never derived from
 * the segment's traits. The name is drawn by a seed from one mixed pool per language (names from
 * many cultures, women's, men's and unisex names together), so nothing the participants said picks
 * a gender or an origin: the name carries no claim, only a handle. Two personas of a project never
 * share a name.
 */
import type { PersonaLanguage } from './content'

/** English-language cards: first names from across the world, in Latin script. */
const EN = [
  'Nadia',
  'Tomás',
  'Aiko',
  'Kwame',
  'Priya',
  'Mateo',
  'Leila',
  'Sven',
  'Amara',
  'Jun',
  'Ines',
  'Ravi',
  'Freya',
  'Hamid',
  'Mei',
  'Diego',
  'Zara',
  'Elif',
  'Noah',
  'Chiara',
  'Kofi',
  'Sofia',
  'Arjun',
  'Ingrid',
  'Yusuf',
  'Lucía',
  'Kenji',
  'Ama',
  'Oskar',
  'Nia',
  'Farah',
  'Mikael',
  'Thandiwe',
  'Rafael',
  'Hana',
  'Idris',
  'Maren',
  'Camille',
  'Tariq',
  'Lena',
  'Sami',
  'Ayesha',
  'Bruno',
  'Wanjiru',
  'Emil',
  'Rosa',
  'Anil',
  'Dalia',
  'Jonas',
  'Yara',
]
/** Arabic-language cards: names in Arabic script from across the Arab world and beyond. */
const AR = [
  'نادية',
  'كريم',
  'ليلى',
  'يوسف',
  'سلمى',
  'عمر',
  'هدى',
  'طارق',
  'ريم',
  'سامي',
  'منى',
  'خالد',
  'دانة',
  'فارس',
  'نور',
  'رامي',
  'جود',
  'زياد',
  'لين',
  'باسل',
  'سارة',
  'حمزة',
  'رنا',
  'مازن',
  'غادة',
  'أنس',
  'هالة',
  'وليد',
  'ياسمين',
  'إدريس',
  'شيماء',
  'مراد',
  'عائشة',
  'نبيل',
  'رشا',
  'جمال',
  'تالا',
  'أيمن',
  'فرح',
  'بلال',
  'سهى',
  'مهدي',
  'لمى',
  'عادل',
  'دينا',
  'هشام',
  'رزان',
  'أمين',
  'ميار',
  'قاسم',
]

export const PERSON_NAMES: Record<PersonaLanguage, readonly string[]> = { en: EN, ar: AR }

const fold = (name: string) => name.trim().toLocaleLowerCase()

/**
 * The seed's name in the language's pool, or the next free one after it; when the whole pool is
 * taken, the name with a number ("Nadia 2"). The same seed and taken names always give the same name.
 */
export function personName(seed: number, language: PersonaLanguage, taken: Iterable<string>): string {
  const pool = PERSON_NAMES[language]
  const used = new Set([...taken].map(fold))
  const first = (seed >>> 0) % pool.length
  for (let round = 1; ; round++) {
    for (let i = 0; i < pool.length; i++) {
      const base = pool[(first + i) % pool.length]
      const name = round === 1 ? base : `${base} ${round}`
      if (!used.has(fold(name))) return name
    }
  }
}
