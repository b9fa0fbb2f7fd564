declare module 'virtual:story-cards' {
  const cards: import('./story-card.ts').StoryCardSource[];
  export default cards;
}
