/** The extensions the importers read; the picker lists these first (the researcher can show every file). */
export const IMPORTABLE_EXTENSIONS = ['txt', 'md', 'markdown', 'vtt', 'srt', 'docx', 'csv', 'tsv', 'tab']
