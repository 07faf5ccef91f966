/**
 * The planted survey (tests/segments-service/plantedSurvey.ts) as an Arabic survey tool exports it:
 * Arabic questions, options and notes, so that nothing in it but respondent ids is English. The
 * same seed and groups, so the planted answer is known.
 */
import { plantedSurvey, type PlantedSurvey } from '../segments-service/plantedSurvey'

const WORDS: [string, string][] = [
  ['Respondent ID', 'رقم المشارك'],
  ['Timestamp', 'وقت الإجابة'],
  ['How likely are you to recommend us to a colleague? (0-10)', 'ما مدى احتمال أن توصي بنا لزميل؟ (0-10)'],
  ['Which features do you use? (select all that apply)', 'ما الميزات التي تستخدمها؟ (اختر كل ما ينطبق)'],
  ['How big is your company?', 'ما حجم شركتك؟'],
  ['Anything else you would like to tell us?', 'هل هناك ما تود إخبارنا به؟'],
  ['To show you are not a robot, type the number four', 'لتثبت أنك لست روبوتا، اكتب الرقم أربعة'],
  ['Small team, under 10', 'فريق صغير أقل من 10'],
  ['Mid-size, 10 to 200', 'شركة متوسطة من 10 إلى 200'],
  ['Enterprise, over 200', 'مؤسسة كبيرة أكثر من 200'],
  ['Reports', 'التقارير'],
  ['Exports', 'التصدير'],
  ['Maps', 'الخرائط'],
  ['Alerts', 'التنبيهات'],
  ['Billing', 'الفوترة'],
  ['Invoices', 'الفواتير'],
  ['we like it', 'يعجبنا البرنامج'],
  ['too slow on Mondays', 'بطيء جدا أيام الاثنين'],
  ['support was kind', 'كان الدعم لطيفا'],
  ['needs a dark mode', 'نحتاج إلى وضع داكن'],
  ['Note ', 'ملاحظة '],
  ['FOUR', 'أربعة'],
  ['Four', 'أربعة'],
  ['four', 'أربعة'],
  ['fuor', 'اربعه'],
]

/** The Arabic survey; `statements` are its Arabic agreement statements (group 0 agrees with the first). */
export function arabicSurvey(options: { perGroup?: number; seed?: number } = {}): PlantedSurvey {
  const s = plantedSurvey({ ...options, language: 'ar' })
  let csv = s.csv
  for (const [en, ar] of WORDS) csv = csv.split(en).join(ar)
  // Quoted cells that held commas no longer need quotes, but quoting stays valid CSV.
  return { ...s, csv }
}
