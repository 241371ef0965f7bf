const KEY = 'atrium_device_token';

/** The device token lives in this browser only; it is not a staff session. */
export function readDeviceToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
export function saveDeviceToken(token: string) {
  localStorage.setItem(KEY, token);
}
export function dropDeviceToken() {
  localStorage.removeItem(KEY);
}
