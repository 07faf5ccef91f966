import { call } from '../../dispatch'
import { UsageError, type Command } from '../command'
import { languageText } from '../format'
import { openProjectArg } from './projectArg'

/** `needle language <project> [en|ar|auto]`: the language Needle writes in for the project. */
export const languageCommand: Command = {
  description:
    'The project language is what Needle writes segment names, persona drafts and decks in. ' +
    'Without a language: shows it. en or ar sets it; auto lets it follow the content again (mostly Arabic text: Arabic).',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'language', required: false, description: 'en, ar or auto' },
  ],
  options: { json: { type: 'boolean', description: 'Print {"language", "chosen", "detected"}' } },
  async run(ctx, { args, options }) {
    const wanted = args.language
    if (wanted !== undefined && wanted !== 'en' && wanted !== 'ar' && wanted !== 'auto')
      throw new UsageError(`The language must be en, ar or auto (got "${wanted}").`, 'language')
    const session = await openProjectArg(ctx, args.project!)
    const summary =
      wanted === undefined ? await call(session, 'project.info', {}) : await call(session, 'project.setLanguage', { language: wanted })
    if (options.json) return void ctx.json(summary.language)
    ctx.out(`Language: ${languageText(summary.language)}`)
  },
}
