// Entry point: settings and the title screen are plain DOM and appear at once; Phaser, the story runtime
// and each story load lazily, in parallel, while the trainee reads the cards.
import '@fontsource-variable/inter/index.css';
import './ui/styles/base.css';
import './ui/styles/title.css';
import cards from 'virtual:story-cards';
import { createApp } from './ui/app.ts';
import { applySettings, createSettingsStore } from './ui/settings.ts';
import { storyLoaders } from './ui/story-loaders.ts';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = localStore();
const prefersReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const settings = createSettingsStore(storage, prefersReduced);
applySettings(document.documentElement, settings.get());
settings.subscribe((s) => applySettings(document.documentElement, s));

const app = document.getElementById('app');
const stage = document.getElementById('stage');
if (!app || !stage) throw new Error('index.html must contain #app and #stage');

createApp({
  root: app,
  stageHost: stage,
  settings,
  storage,
  cards: cards.filter((card) => card.id in storyLoaders),
  loadStory: async (id) => {
    const load = storyLoaders[id];
    if (!load) throw new Error(`No story called "${id}" in stories/`);
    return load();
  },
}).start();
