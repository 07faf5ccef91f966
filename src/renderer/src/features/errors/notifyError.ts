import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import i18n from '../../i18n'
import { describeError } from './describeError'

/** Errors stay on screen until dismissed: a researcher must be able to read the file name in them. */
export function notifyError(t: TFunction, err: unknown): void {
  const { title, message } = describeError(t, err)
  notifications.show({
    color: 'red',
    title,
    message,
    autoClose: false,
    withBorder: true,
    closeButtonProps: { 'aria-label': t('actions.dismiss') },
  })
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'petrol', message, autoClose: 4000, closeButtonProps: { 'aria-label': i18n.t('actions.dismiss') } })
}
