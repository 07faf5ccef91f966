/** Every domain's handlers, joined into the one complete map dispatch uses. */
import type { HandlerMap } from './handlers'
import { projectCheckHandlers } from './project/checkHandler'
import { projectHandlers } from './project/handlers'
import { appHandlers } from './settings/handlers'
import { sourceHandlers } from './sources/handlers'

export const handlers: HandlerMap = {
  ...appHandlers,
  ...projectHandlers,
  ...projectCheckHandlers,
  ...sourceHandlers,
}
