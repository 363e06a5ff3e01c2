import type { Browser } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { chromiumPath, launchChromium } from './support/chromium';

/** The browser harness itself: it fails loudly without Chromium and its axe check bites. */
describe('browser test harness', () => {
  it('fails with the way to install Chromium when there is none, never skips', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(/apt-get install chromium/);
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(/CHROMIUM_PATH/);
    // And this machine has one: the suites below run against it.
    expect(chromiumPath()).toBeTruthy();
  });

  describe('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('reports serious and critical axe violations with where they are', async () => {
      const page = await browser.newPage();
      await page.setContent('<html><head><title>x</title></head><body><main><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>');
      const violations = await seriousViolations(page);
      const ids = violations.map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'label']));
      expect(describeViolations('the test page', violations)).toMatch(/\[critical\] button-name/);
      await page.close();
    });

    it('passes a page without such violations', async () => {
      const page = await browser.newPage();
      await page.setContent('<html lang="nb"><head><title>Side</title></head><body><main><h1>Side</h1><label>Navn <input type="text"></label><button>Lagre</button></main></body></html>');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
