/**
 * The browser edition's server prints a URL with ?token=…; every API request must carry it.
 * It is kept in sessionStorage (survives reloads of this tab, dies with it) and removed
 * from the address bar so it does not end up in bookmarks, history or screenshots.
 */
const KEY = 'needle.token'

export function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(KEY)
}
