/** The Personas screen: the gallery, one persona's editor, or two personas compared. */
import { Container } from '@mantine/core'
import { useState } from 'react'
import { useAppState } from '../../app/appState'
import { CompareView } from './CompareView'
import { PersonaEditor } from './PersonaEditor'
import { PersonaGallery } from './PersonaGallery'
import { usePersonas } from './usePersonas'

type View = { kind: 'gallery' } | { kind: 'edit'; id: number } | { kind: 'compare'; ids: [number, number] }

// Opening a quote goes to the Coding screen; coming back returns to the card being edited (same project only).
let last: { project: string; view: View } | null = null

export function PersonasScreen() {
  const store = usePersonas()
  const project = useAppState().state?.project?.path ?? ''
  const [view, setViewState] = useState<View>(last?.project === project ? last.view : { kind: 'gallery' })
  const setView = (v: View) => {
    last = { project, view: v }
    setViewState(v)
  }
  const back = () => {
    setView({ kind: 'gallery' })
    void store.reload() // the gallery shows the edits
  }

  return (
    <Container size="xl" py="md">
      {view.kind === 'edit' ? (
        <PersonaEditor id={view.id} onBack={back} />
      ) : view.kind === 'compare' ? (
        <CompareView ids={view.ids} cards={store.cards} onChange={(ids) => setView({ kind: 'compare', ids })} onBack={back} />
      ) : (
        <PersonaGallery
          store={store}
          onOpen={(id) => setView({ kind: 'edit', id })}
          onCompare={(ids) => setView({ kind: 'compare', ids })}
        />
      )}
    </Container>
  )
}
