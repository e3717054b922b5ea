import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './rendererProtocol';

const isWebLink = (url: string): boolean => /^https?:\/\//i.test(url);

/** No navigation away from the app, no new windows; web links open in the system browser. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // window.open and target=_blank arrive here; only a user's click on a web link opens anything.
  contents.setWindowOpenHandler(({ url, disposition }) => {
    if (isWebLink(url) && (disposition === 'foreground-tab' || disposition === 'background-tab' || disposition === 'new-window')) {
      void shell.openExternal(url);
    }
    return { action: 'deny' };
  });
}

export function applyAppWideSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('ready', () => {
    // Camera, microphone, notifications, geolocation...: an archive reader needs none of them.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // Nothing leaves the machine: every request not to our own scheme is cancelled.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !details.url.startsWith(`${APP_ORIGIN}/`) && !details.url.startsWith('devtools://') });
    });
  });
}
