// Registers the service worker and announces updates. An update is never applied mid-scenario: the
// banner offers "Reload" and the trainee chooses when.
import { registerSW } from 'virtual:pwa-register';

export interface OfflineHooks {
  /** A new version is ready; call `apply` to reload into it. */
  onUpdate: (apply: () => void) => void;
  /** Everything is cached: the game now plays offline. */
  onOfflineReady?: () => void;
}

export function registerOffline(hooks: OfflineHooks): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => hooks.onUpdate(() => void update(true)),
    onOfflineReady: () => hooks.onOfflineReady?.(),
  });
}
