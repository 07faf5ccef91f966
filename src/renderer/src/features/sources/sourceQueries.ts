/** The Sources screen's reads and writes, through the api client. */
import { invoke } from '../../api/client'
import { useLoad } from './useLoad'

export function useSourceDetail(id: number, version: string) {
  return useLoad(() => invoke('sources.get', { id }), [id, version])
}

export function useSourceDocuments(id: number) {
  return useLoad(() => invoke('sources.documents', { id }), [id])
}

export function useDocument(id: number | null, version: number) {
  return useLoad(() => (id === null ? Promise.resolve(null) : invoke('documents.get', { id })), [id, version])
}

export function removeSource(id: number) {
  return invoke('sources.remove', { id })
}
