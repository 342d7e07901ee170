// Opens a demo page, as served, in a same-origin iframe and records every problem it reports:
// console.error calls, uncaught errors, failed resource loads, unhandled rejections and
// Content-Security-Policy violations. The recorder is installed on the page's own window
// between the moment its document exists and the moment its module scripts run.

export interface DemoFrame {
  iframe: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Everything the page reported as going wrong, in order. */
  problems: string[];
}

const frames: HTMLIFrameElement[] = [];

/** Waits one turn of the event loop, without the 4 ms clamp of nested timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function record(win: Window & typeof globalThis, problems: string[]): void {
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(describe).join(' ')}`);
    consoleError(...args);
  };
  // Capture, so a failed <script>/<link>/<img> load (which does not bubble) is seen too.
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
      problems.push(
        event instanceof win.ErrorEvent
          ? `uncaught: ${event.message}`
          : `failed to load: ${target?.src ?? target?.href ?? String(target)}`,
      );
    },
    true,
  );
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${describe(event.reason)}`));
  win.document.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
  );
}

export interface OpenOptions {
  /** The iframe's size in CSS pixels: the page's viewport. Default 1280 × 900. */
  width?: number;
  height?: number;
  /** What the page reads as the browser's preferred languages (navigator.languages). */
  languages?: readonly string[];
}

/** The browser's language preferences as the page will see them, set before its scripts run. */
function setLanguages(win: Window & typeof globalThis, languages: readonly string[]): void {
  Object.defineProperty(win.navigator, 'languages', { configurable: true, get: () => Object.freeze([...languages]) });
  Object.defineProperty(win.navigator, 'language', { configurable: true, get: () => languages[0] ?? '' });
}

/**
 * Loads `path` (e.g. '/demo/index.html?lang=en') in an iframe and resolves once the page has
 * loaded and, if given, `definedTag` is registered in it.
 */
export async function openDemoPage(path: string, definedTag?: string, options: OpenOptions = {}): Promise<DemoFrame> {
  const { width = 1280, height = 900 } = options;
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  frames.push(iframe);
  return follow(iframe, path, definedTag, options.languages, () => {
    iframe.src = new URL(path, location.href).href;
    document.body.append(iframe);
  });
}

/**
 * Lets `navigate` take the page in `frame` to `path` (a link, Back, a reload) and watches the new
 * page as `openDemoPage` does, with the same language preferences if given.
 */
export function followDemoPage(
  frame: DemoFrame,
  navigate: () => void,
  path: string,
  definedTag?: string,
  languages?: readonly string[],
): Promise<DemoFrame> {
  return follow(frame.iframe, path, definedTag, languages, navigate);
}

async function follow(
  iframe: HTMLIFrameElement,
  path: string,
  definedTag: string | undefined,
  languages: readonly string[] | undefined,
  navigate: () => void,
): Promise<DemoFrame> {
  const target = new URL(path, location.href).href;
  const previous = iframe.contentDocument;
  const arrived = () => iframe.contentDocument !== previous && iframe.contentDocument?.URL === target;
  const loaded = new Promise<void>((resolve) => {
    iframe.addEventListener('load', function onLoad() {
      if (!arrived()) return;
      iframe.removeEventListener('load', onLoad);
      resolve();
    });
  });
  navigate();

  // The iframe's document becomes the page's when the navigation commits, while the page is
  // still fetching its module graph: none of its scripts can have run yet.
  while (!arrived()) await nextTask();
  const win = iframe.contentWindow as Window & typeof globalThis;
  const problems: string[] = [];
  record(win, problems);
  if (languages) setLanguages(win, languages);
  if (definedTag && win.customElements.get(definedTag)) {
    throw new Error(`${path}: the page defined <${definedTag}> before its console could be watched`);
  }

  await loaded;
  if (definedTag) await win.customElements.whenDefined(definedTag);
  return { iframe, window: win, document: iframe.contentDocument!, problems };
}

/** Removes every iframe opened by `openDemoPage`. */
export function closeDemoPages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
