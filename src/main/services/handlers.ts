/**
 * The handler type every domain implements. A domain exports a partial map; dispatch
 * joins them into one complete map, so a channel without a handler fails type-checking.
 */
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'
import type { Session } from '../session'

export type Handler<C extends Channel> = (session: Session, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>
export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> }
