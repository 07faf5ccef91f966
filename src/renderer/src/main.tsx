import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './theme/fonts'
import './theme/global.css'
import './i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
