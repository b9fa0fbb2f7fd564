// "A new version is ready": shown when the service worker has an update. It never reloads by itself;
// during a meeting it says the update waits until the trainee chooses to reload.
import { h } from '../dom.ts';

export function showUpdateBanner(apply: () => void): void {
  if (document.querySelector('[data-banner="update"]')) return;
  const reload = h('button', { class: 'btn btn-primary', type: 'button' }, 'Reload now');
  reload.addEventListener('click', apply);
  const later = h('button', { class: 'btn', type: 'button' }, 'Later');
  const inMeeting = document.body.dataset.screen === 'meeting';
  const banner = h(
    'div',
    { class: 'update-banner', role: 'status', 'data-banner': 'update' },
    h('p', {
      text: inMeeting
        ? 'A new version of Attune is ready. Finish this meeting first; reload whenever you like.'
        : 'A new version of Attune is ready.',
    }),
    reload,
    later,
  );
  later.addEventListener('click', () => banner.remove());
  document.body.append(banner);
}
