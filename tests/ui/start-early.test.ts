import { describe, expect, it } from 'vitest';
import { stageStarter, startEarlyTags } from '../../src/authoring/build/start-early-plugin.ts';
import { isMeetingRoute, parseRoute } from '../../src/boot/route.ts';
import { KNOWN, ROUTES } from '../boot/route-table.ts';

const chunk = (name: string, fileName: string, imports: string[] = [], css: string[] = [], facade = '') => ({
  type: 'chunk' as const,
  name,
  fileName,
  facadeModuleId: facade || null,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/main.js': chunk('main', 'assets/main.js'),
  'assets/phaser.js': chunk('phaser', 'assets/phaser.js'),
  'assets/stage.js': chunk('stage', 'assets/stage.js', ['assets/phaser.js']),
  'assets/view.js': chunk('view', 'assets/view.js', ['assets/main.js'], ['assets/view.css']),
  'assets/preview.js': chunk('preview', 'assets/preview.js', ['assets/view.js'], [], '/p/src/preview.ts'),
  'assets/font.woff2': { type: 'asset' as const, fileName: 'assets/font.woff2' },
};
const options = { preview: '/src/preview.ts', font: /font\.woff2$/, stories: KNOWN };

/** Runs the starter script against a stand-in document and lists what it added to <head>. */
function start(hash: string, search = ''): { now: string[]; afterParse: string[] } {
  const added: string[] = [];
  const listeners: (() => void)[] = [];
  const element = () => ({ rel: '', as: '', type: '', href: '', src: '', crossOrigin: null });
  const fakeDocument = {
    readyState: 'loading',
    createElement: element,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') listeners.push(listener);
    },
    head: {
      appendChild: (el: ReturnType<typeof element>) =>
        added.push(
          el.src ? `script ${el.type} ${el.src}` : `link ${el.rel}${el.as ? ` ${el.as}` : ''} ${el.href}`,
        ),
    },
  };
  new Function('document', 'location', stageStarter('assets/phaser.js', 'assets/stage.js', KNOWN))(
    fakeDocument,
    { hash, search },
  );
  const now = [...added];
  for (const listener of listeners) listener();
  return { now, afterParse: added.slice(now.length) };
}

describe('start-early', () => {
  it('preloads the font and the opening preview with its styles', () => {
    const tags = startEarlyTags(bundle, options, '<script type="module" src="./assets/main.js"></script>');
    expect(tags.match(/<[^>]+>/g)).toEqual([
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/font.woff2">',
      '<link rel="modulepreload" crossorigin href="./assets/preview.js">',
      '<link rel="modulepreload" crossorigin href="./assets/view.js">',
      '<link rel="preload" as="style" crossorigin href="./assets/view.css">',
    ]);
  });

  it('on a meeting route compiles Phaser as it arrives and starts the stage; on the title only downloads, after the app has run', () => {
    const meeting = [
      'link modulepreload ./assets/phaser.js',
      'link modulepreload ./assets/stage.js',
      'script module ./assets/stage.js',
    ];
    expect(start('#/play/hot-referral')).toEqual({ now: meeting, afterParse: [] });
    expect(start('#/watch/hot-referral/bregman')).toEqual({ now: meeting, afterParse: [] });
    const title = ['link preload script ./assets/phaser.js', 'link preload script ./assets/stage.js'];
    expect(start('#/')).toEqual({ now: [], afterParse: title });
    expect(start('')).toEqual({ now: [], afterParse: title });
  });

  it('decides meeting or not exactly as the app does, for every link in the route table', () => {
    for (const c of ROUTES) {
      const app = isMeetingRoute(parseRoute({ hash: c.hash, search: c.search ?? '' }, KNOWN));
      const started = start(c.hash, c.search).now.includes('script module ./assets/stage.js');
      expect({ link: `${c.search ?? ''}${c.hash}`, meeting: started }).toEqual({
        link: `${c.search ?? ''}${c.hash}`,
        meeting: app,
      });
    }
    expect(start('#/play/__proto__')).toEqual({
      now: [],
      afterParse: ['link preload script ./assets/phaser.js', 'link preload script ./assets/stage.js'],
    });
  });

  it('names what is missing when the build has changed shape', () => {
    const noFont = Object.fromEntries(Object.entries(bundle).filter(([file]) => !file.endsWith('.woff2')));
    expect(() => startEarlyTags(noFont, options, '')).toThrow('start-early: no font matching');
    expect(() => startEarlyTags(bundle, { ...options, preview: '/src/gone.ts' }, '')).toThrow(
      'no /src/gone.ts in the build',
    );
  });
});
