/**
 * The print stylesheet: one sheet per page, sized to the paper, laid out with logical properties
 * so an Arabic card mirrors itself under dir="rtl" without a second stylesheet.
 */
export type PageSize = 'a4' | 'letter'

export const PAGE_MM: Record<PageSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
}

export function printCss(page: PageSize): string {
  const { width, height } = PAGE_MM[page]
  return /* css */ `
@page { size: ${width}mm ${height}mm; margin: 0; }
@page appendix { size: ${width}mm ${height}mm; margin: 16mm 16mm 18mm; }
:root {
  --ink: #1b2330; --muted: #5d6675; --faint: #8b93a1; --rule: #e3e6eb; --wash: #f5f6f8;
  --accent: var(--persona, #2f5d8a);
  font-family: 'Inter', 'Noto Sans Arabic', sans-serif;
  color: var(--ink);
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
/* Not laid out until the fit script has every font (fitScript.ts): no layout in fallback fonts to throw away. */
html:not([data-fonts]) body { display: none; }
[lang='ar'] { font-family: 'Noto Sans Arabic', 'Inter', sans-serif; }
.sheet {
  width: ${width}mm; height: ${height}mm; overflow: hidden; position: relative;
  padding: 13mm 14mm 11mm; display: flex; flex-direction: column; gap: 5mm;
  break-after: page; break-inside: avoid; font-size: 9.4pt; line-height: 1.42;
  /* Its size is its own (the paper's), never its content's: size containment tells the browser so, and it then
     lays out no sheet's content to size the sheet. Same pixels; with .flow below, a 20-card deck's layout work halves. */
  contain: size;
}
.sheet:last-child { break-after: auto; }
.sheet.roomy { font-size: 10.4pt; line-height: 1.48; }
.sheet.tight { font-size: 8.6pt; line-height: 1.36; gap: 4mm; }
.sheet.tighter { font-size: 8pt; line-height: 1.32; }
img, svg { break-inside: avoid; display: block; }

/* Header: avatar, name and context, share */
.head { display: grid; grid-template-columns: 24mm 1fr auto; gap: 6mm; align-items: center;
  padding-block-end: 5mm; border-block-end: 0.6mm solid var(--accent); }
.avatar { width: 24mm; height: 24mm; border-radius: 50%; overflow: hidden; }
.avatar svg, .avatar img { width: 100%; height: 100%; object-fit: cover; }
.eyebrow { font-size: 7.6pt; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); font-weight: 600; margin: 0 0 1mm; }
[lang='ar'] .eyebrow { letter-spacing: 0; text-transform: none; font-size: 8.4pt; }
h1.name { font-size: 21pt; line-height: 1.12; margin: 0 0 1.5mm; font-weight: 700; letter-spacing: -0.01em; }
[lang='ar'] h1.name { letter-spacing: 0; line-height: 1.35; }
.role { margin: 0 0 1mm; font-size: 11pt; font-weight: 600; }
.tagline { margin: 0 0 1.2mm; font-size: 10pt; font-weight: 600; color: var(--accent); }
.context { margin: 0; color: var(--muted); font-size: 10pt; max-width: 120mm; }
.uncoded { display: inline-block; margin-inline-start: 1.5mm; padding: 0 1mm; border: 0.25mm solid currentColor; border-radius: 0.8mm; font-size: 6.6pt; font-style: normal; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
[lang='ar'] .uncoded { letter-spacing: 0; text-transform: none; font-size: 7.4pt; }
.share { text-align: center; min-width: 26mm; padding: 2.5mm 3mm; border-radius: 3mm; background: var(--wash); }
.share .big { display: block; font-size: 20pt; font-weight: 700; color: var(--accent); line-height: 1.1; }
.share .small { display: block; font-size: 7.6pt; color: var(--muted); }

/* The one quote the card leads with */
.hero { margin: 0; padding: 3.5mm 5mm; border-inline-start: 1.2mm solid var(--accent); background: var(--wash);
  border-radius: 0 2mm 2mm 0; font-size: 12pt; line-height: 1.45; break-inside: avoid; }
[dir='rtl'] .hero { border-radius: 2mm 0 0 2mm; }
.hero p { margin: 0; }
.hero p:first-child { unicode-bidi: plaintext; font-weight: 500; }
.hero p:first-child::before { content: open-quote; } .hero p:first-child::after { content: close-quote; }
/* Quotation marks follow the quote's own script (its <p dir="auto">), not the card's language. */
.hero p:first-child:dir(ltr), .body blockquote p:first-child:dir(ltr) { quotes: '\\201C' '\\201D'; }
.hero p:first-child:dir(rtl), .body blockquote p:first-child:dir(rtl) { quotes: '\\201D' '\\201C'; }
.hero cite { display: block; text-align: start; margin-block-start: 1.5mm; font-size: 8pt; font-style: normal; color: var(--muted); }

/* Sections flow in two columns; a list item, quote or heading is never split */
/* Size-contained too: it takes the room the sheet leaves it, so its columns are not laid out once more just to
   measure a content height the flex layout then discards (same pixels; the fit still reads its scrollHeight). */
.flow { flex: 1 1 auto; min-height: 0; overflow: hidden; columns: 2; column-gap: 8mm; column-fill: balance; contain: size; }
.block { margin: 0 0 4.5mm; }
/* A short section stays in one column: a heading with one item left behind reads as a mistake. */
.block:not(:has(.body > :is(ul, ol) > li:nth-child(5), .body > blockquote:nth-of-type(3))) { break-inside: avoid; }
.block h2 { font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); margin: 0 0 1.8mm;
  padding-block-end: 1mm; border-block-end: 0.25mm solid var(--rule); break-after: avoid; font-weight: 700; }
[lang='ar'] .block h2 { letter-spacing: 0; text-transform: none; font-size: 9.2pt; }
.body p { margin: 0 0 1.2mm; }
.body ul, .body ol { margin: 0; padding-inline-start: 4.5mm; }
.body li { margin: 0 0 1.3mm; break-inside: avoid; }
.body li p { margin: 0; }
.body li::marker { color: var(--accent); }
.body ol li::marker { font-weight: 700; }
.body blockquote { margin: 0 0 2.2mm; padding-inline-start: 3mm; border-inline-start: 0.6mm solid var(--rule); break-inside: avoid; }
.body blockquote p { margin: 0; }
.body blockquote p:first-child { unicode-bidi: plaintext; }
.body blockquote p:first-child::before { content: open-quote; }
.body blockquote p:first-child::after { content: close-quote; }
.body cite { font-style: normal; font-size: 7.8pt; color: var(--muted); }
/* An answer and its share are isolated runs: "الدور: Manager 28٪" keeps 28٪ after the answer in a right-to-left line. */
.body code, .body strong { unicode-bidi: isolate; }
.body code { font-family: inherit; font-weight: 700; font-size: 0.86em; color: var(--accent); background: var(--wash);
  padding: 0.2mm 1.4mm; border-radius: 1.2mm; white-space: nowrap; }
.s-needs .body code { color: #fff; background: var(--accent); }
.body h3, .body h4 { font-size: 1em; margin: 0 0 1mm; break-after: avoid; }
.body a { color: var(--accent); text-decoration: none; }
.more { color: var(--faint); font-size: 7.8pt; margin: 0.5mm 0 0; font-weight: 600; }

/* Evidence footer */
.foot { display: flex; justify-content: space-between; gap: 6mm; font-size: 7.4pt; color: var(--muted);
  border-block-start: 0.25mm solid var(--rule); padding-block-start: 2.5mm; }
.foot .confidence { font-weight: 600; }
.foot .confidence.stable { color: #1f7a4d; } .foot .confidence.unreliable { color: #a4462f; }

/* Deck cover */
.cover { justify-content: space-between; padding: 26mm 22mm 18mm; background: linear-gradient(160deg, #f5f6f8 0%, #fff 60%); }
.cover .title { font-size: 34pt; font-weight: 700; margin: 0; letter-spacing: -0.02em; line-height: 1.1; }
.cover .title::after { content: ''; display: block; width: 20mm; height: 1.4mm; background: #2f5d8a; margin-block-start: 6mm; border-radius: 1mm; }
.cover .project { font-size: 13pt; color: var(--muted); margin: 3mm 0 0; }
.cover ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 4mm; }
.cover li { display: grid; grid-template-columns: 14mm 1fr auto; gap: 5mm; align-items: center; break-inside: avoid;
  padding-block-end: 4mm; border-block-end: 0.25mm solid var(--rule); }
.cover li .avatar { width: 14mm; height: 14mm; }
.cover li .pname { font-size: 12.5pt; font-weight: 600; }
.cover li .pshare { color: var(--muted); font-size: 10pt; }
.cover .meta { font-size: 8.5pt; color: var(--muted); display: flex; justify-content: space-between; }

/* Evidence appendix: flows over as many pages as it needs, a quote never split */
.appendix { page: appendix; font-size: 8.8pt; line-height: 1.42; break-before: page; }
.appendix h1 { font-size: 18pt; margin: 0 0 1mm; }
.appendix .lead { color: var(--muted); margin: 0 0 6mm; }
.appendix h2 { font-size: 11pt; margin: 6mm 0 2.5mm; padding-block-end: 1mm; border-block-end: 0.4mm solid var(--accent); break-after: avoid; }
.appendix .q { break-inside: avoid; margin: 0 0 3.2mm; padding-inline-start: 3mm; border-inline-start: 0.6mm solid var(--rule); }
.appendix .q p { margin: 0; unicode-bidi: plaintext; }
.appendix .q .src { color: var(--muted); font-size: 7.6pt; margin-block-start: 0.8mm; }
`
}
