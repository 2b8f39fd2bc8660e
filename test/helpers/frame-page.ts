/**
 * Runs a page (given as the body of an HTML document, usually with a module script) in an iframe
 * on the test server's origin and resolves with the first message the page posts to its parent.
 * Used by the tests that must load the built bundle in a page of its own.
 */
export function runInFrame<T>(body: string, { timeout = 20_000, style = 'width: 900px; height: 600px' } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = style;
    const timer = setTimeout(() => {
      frame.remove();
      reject(new Error('page did not report'));
    }, timeout);
    window.addEventListener('message', function onMessage(e) {
      if (e.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(e.data as T);
    });
    frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
    document.body.append(frame);
  });
}
