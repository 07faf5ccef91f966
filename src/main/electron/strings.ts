/**
 * The words the main process shows itself (native menus, context menu, dialogs), in the UI
 * language the researcher chose. The page's own strings live in src/renderer/src/i18n; these
 * are the few the page never sees.
 */
import type { Language } from '../../shared/domain'

const en = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  newProject: 'New Project…',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent projects',
  openSample: 'Open Sample Project',
  saveCopy: 'Save a Copy…',
  exportForSharing: 'Export for Sharing…',
  closeProject: 'Close Project',
  quit: 'Quit Needle',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  language: 'Language',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  system: 'System',
  actualSize: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  addToDictionary: 'Add to Dictionary',
  noSuggestions: 'No spelling suggestions',
  projectFilter: 'Needle project',
  newTitle: 'New project',
  create: 'Create',
  openTitle: 'Open project',
  saveCopyTitle: 'Save a copy',
  saveCopyButton: 'Save copy',
  savedCopy: 'Saved a copy as {name}.',
  restoreBackup: 'Restore the latest backup',
  cancel: 'Cancel',
  ok: 'OK',
  startupFailed: 'Needle could not start',
  startupDetail:
    'Needle stopped while starting: {message}\n\nYour projects are untouched. If this happens again, move the settings file aside and start Needle again:\n{settings}',
  readOnly: 'read-only',
  workerStopped: 'Needle’s background worker stopped ({reason}). Open your project again to carry on.',
}

export type StringKey = keyof typeof en

const ar: Record<StringKey, string> = {
  file: '&ملف',
  edit: '&تحرير',
  view: '&عرض',
  window: '&نافذة',
  help: '&مساعدة',
  newProject: 'مشروع جديد…',
  open: 'فتح…',
  openRecent: 'فتح مشروع حديث',
  noRecent: 'لا توجد مشاريع حديثة',
  openSample: 'فتح المشروع التجريبي',
  saveCopy: 'حفظ نسخة…',
  exportForSharing: 'تصدير للمشاركة…',
  closeProject: 'إغلاق المشروع',
  quit: 'إنهاء Needle',
  undo: 'تراجع',
  redo: 'إعادة',
  cut: 'قص',
  copy: 'نسخ',
  paste: 'لصق',
  selectAll: 'تحديد الكل',
  language: 'اللغة',
  theme: 'المظهر',
  light: 'فاتح',
  dark: 'داكن',
  system: 'حسب النظام',
  actualSize: 'الحجم الفعلي',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fullScreen: 'ملء الشاشة',
  minimize: 'تصغير النافذة',
  zoom: 'تكبير النافذة',
  front: 'إحضار الكل إلى الأمام',
  addToDictionary: 'إضافة إلى القاموس',
  noSuggestions: 'لا توجد اقتراحات إملائية',
  projectFilter: 'مشروع Needle',
  newTitle: 'مشروع جديد',
  create: 'إنشاء',
  openTitle: 'فتح مشروع',
  saveCopyTitle: 'حفظ نسخة',
  saveCopyButton: 'حفظ النسخة',
  savedCopy: 'حُفظت نسخة باسم {name}.',
  restoreBackup: 'استعادة أحدث نسخة احتياطية',
  cancel: 'إلغاء',
  ok: 'حسنًا',
  startupFailed: 'تعذّر تشغيل Needle',
  startupDetail:
    'توقف Needle أثناء التشغيل: {message}\n\nمشاريعك لم تُمسّ. إن تكرر هذا، انقل ملف الإعدادات إلى مكان آخر ثم شغّل Needle من جديد:\n{settings}',
  readOnly: 'للقراءة فقط',
  workerStopped: 'توقفت العملية الخلفية في Needle ({reason}). افتح مشروعك من جديد للمتابعة.',
}

const tables: Record<Language, Record<StringKey, string>> = { en, ar }

export type Translate = (key: StringKey, vars?: Record<string, string>) => string

export function translator(language: Language): Translate {
  const table = tables[language] ?? en
  return (key, vars = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
}
