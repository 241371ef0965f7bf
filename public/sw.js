/* Atrium service worker: shows the "your turn" notification for a followed ticket. No caching. */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let data = { title: 'Atrium', body: '', tag: 'atrium' };
  try {
    data = { ...data, ...event.data.json() };
  } catch {
    if (event.data) data.body = event.data.text();
  }
  event.waitUntil(
    self.registration.showNotification(data.title, {
      body: data.body,
      tag: data.tag,
      renotify: true,
      requireInteraction: true,
      vibrate: [400, 200, 400, 200, 600],
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const ticketPage = windows.find((w) => new URL(w.url).pathname.startsWith('/t/'));
      if (ticketPage) return ticketPage.focus();
      return self.clients.openWindow('/');
    }),
  );
});
