/** Every domain's handlers, joined into the one complete map dispatch uses. */
import { autocodeHandlers } from './autocode/handlers'
import { breadcrumbHandlers } from './breadcrumbs/handlers'
import { codeHandlers } from './codes/handlers'
import { codingHandlers } from './coding/handlers'
import type { HandlerMap } from './handlers'
import { importHandlers } from './imports/handlers'
import { interopHandlers } from './interop/handlers'
import { memoHandlers } from './memos/handlers'
import { participantHandlers } from './participants/handlers'
import { personaHandlers } from './personas/handlers'
import { projectCheckHandlers } from './project/checkHandler'
import { projectHandlers } from './project/handlers'
import { scoreHandlers } from './scores/handlers'
import { searchHandlers } from './search/handlers'
import { segmentHandlers } from './segments/handlers'
import { appHandlers } from './settings/handlers'
import { sourceHandlers } from './sources/handlers'

export const handlers: HandlerMap = {
  ...appHandlers,
  ...projectHandlers,
  ...participantHandlers,
  ...projectCheckHandlers,
  ...sourceHandlers,
  ...importHandlers,
  ...codeHandlers,
  ...memoHandlers,
  ...codingHandlers,
  ...searchHandlers,
  ...autocodeHandlers,
  ...personaHandlers,
  ...interopHandlers,
  ...segmentHandlers,
  ...scoreHandlers,
  ...breadcrumbHandlers,
}
