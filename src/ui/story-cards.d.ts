declare module 'virtual:story-cards' {
  const cards: import('../authoring/build/story-cards-plugin.ts').StoryCardSource[];
  export default cards;
}
