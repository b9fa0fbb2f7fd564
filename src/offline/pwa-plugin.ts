// Build-time configuration of the service worker (vite-plugin-pwa): after the first visit the whole game,
// every scenario included, plays with no network. Updates wait for the trainee (registerType 'prompt').
import { VitePWA } from 'vite-plugin-pwa';

export function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Attune — sales conversation simulator',
      short_name: 'Attune',
      description: 'Practise attuned, aligned selling with simulated buyers.',
      theme_color: '#16323f',
      background_color: '#f6f3ee',
      display: 'standalone',
      start_url: './',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,json,webmanifest}'],
      globIgnores: ['bench/**', '**/bench-*.js'],
      maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
    },
  });
}
