/** Every domain's handlers, joined into the one complete map dispatch uses. */
import type { HandlerMap } from './handlers'
import { participantHandlers } from './participants/handlers'
import { projectCheckHandlers } from './project/checkHandler'
import { projectHandlers } from './project/handlers'
import { appHandlers } from './settings/handlers'
import { sourceHandlers } from './sources/handlers'

export const handlers: HandlerMap = {
  ...appHandlers,
  ...projectHandlers,
  ...participantHandlers,
  ...projectCheckHandlers,
  ...sourceHandlers,
}
