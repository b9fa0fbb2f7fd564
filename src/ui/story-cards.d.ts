declare module 'virtual:story-cards' {
  const cards: import('./build/story-cards-plugin.ts').StoryCardSource[];
  export default cards;
}
